// "correct this": a form under the details panel that writes one curation line (kg.curate)
// for the analyst to copy into curation.csv or curation.ttl. The page stays static and
// offline: the form sends nothing and stores nothing; the line is shown as a textarea's
// value and every name from the data goes in through textContent or value, never as HTML.
//
// What a page gives it (page.html and the explorer, explorer.html, alike): an element
// #kg-panel to append the form to, and window.kgNetwork with
//   nodes, edges      vis DataSets of what is drawn; an edge lists the claims it stands
//                     for as curation: [{claim, label}], a node is an actor (its id) or,
//                     with kind "allegation", a dispute's allegation;
//   showDetails(kind, id)  the one way the page fills its panel ("node" or "edge"), on a
//                     click, a search or a link alike: the form wraps it and follows;
//   shown             {kind, id} last shown, if any (a page may show one before the form
//                     is loaded, e.g. graph.html#actor=ID).
// It sets window.kgNetwork.correction = {show, update}.
(function () {
  "use strict";
  var state = window.kgNetwork;
  var config = JSON.parse(document.getElementById("kg-curation").textContent);
  var panel = document.getElementById("kg-panel");
  if (!state || !panel) { return; }

  function element(tag, attributes, text) {
    var made = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (key) { made.setAttribute(key, attributes[key]); });
    if (text) { made.textContent = text; }
    return made;
  }
  function labelled(text, control) {
    var label = element("label", { "class": "field" }, text);
    label.style.display = "block";
    label.appendChild(control);
    control.style.display = "block";
    control.style.width = "100%";
    control.style.boxSizing = "border-box";
    return label;
  }
  function options(select, items) {
    while (select.firstChild) { select.removeChild(select.firstChild); }
    items.forEach(function (item) {
      var option = element("option", { value: item[0] }, item[1]);
      option.value = item[0];
      select.appendChild(option);
    });
  }

  var box = element("details", { id: "kg-correct" });
  box.appendChild(element("summary", {}, "correct this"));
  var about = element("div", { id: "kg-correct-about", "class": "field" });
  var claimSelect = element("select", { id: "kg-correct-claim" });
  var kindSelect = element("select", { id: "kg-correct-kind" });
  var choice = element("select", { id: "kg-correct-choice" });
  var valueInput = element("input", { id: "kg-correct-value", type: "text", autocomplete: "off" });
  var analystInput = element("input", { id: "kg-correct-analyst", type: "text", autocomplete: "name" });
  var dateInput = element("input", { id: "kg-correct-date", type: "date" });
  var noteInput = element("input", { id: "kg-correct-note", type: "text", autocomplete: "off" });
  var formatSelect = element("select", { id: "kg-correct-format" });
  options(formatSelect, [["csv", "CSV (curation.csv)"], ["turtle", "Turtle (curation.ttl)"]]);
  var line = element("textarea", { id: "kg-correct-line", readonly: "readonly", rows: "4" });
  line.style.width = "100%";
  line.style.boxSizing = "border-box";
  var copy = element("button", { id: "kg-correct-copy", type: "button" }, "copy");
  var help = element("div", { "class": "field" },
    "Paste the line into the curation file beside your sources and build again.");
  var claimLabel = labelled("claim", claimSelect);
  var choiceLabel = labelled("value", choice);
  var valueLabel = labelled("value", valueInput);
  [about, claimLabel, labelled("correction", kindSelect), choiceLabel, valueLabel,
   labelled("analyst (who)", analystInput), labelled("date (when)", dateInput),
   labelled("note (why, optional)", noteInput), labelled("format", formatSelect),
   line, copy, help].forEach(function (part) { box.appendChild(part); });
  box.style.display = "none";
  panel.appendChild(box);
  dateInput.value = new Date().toISOString().slice(0, 10);

  var kinds = {};
  config.kinds.forEach(function (kind) { kinds[kind.name] = kind; });
  var current = { target: "", claims: [] };

  function claimsOf(item) {
    if (item.curation) { return item.curation; }
    var found = [], seen = {};
    if (item.id !== undefined && state.edges) {  // an allegation node: the claims around it
      state.edges.forEach(function (edge) {
        if (edge.from !== item.id && edge.to !== item.id) { return; }
        (edge.curation || []).forEach(function (claim) {
          if (!seen[claim.claim]) { seen[claim.claim] = true; found.push(claim); }
        });
      });
    }
    return found;
  }

  function show(item, isEdge) {
    if (!item) { box.style.display = "none"; return; }
    var allegation = !isEdge && item.kind === "allegation";
    var names;
    if (isEdge || allegation) {
      current.claims = claimsOf(item);
      if (!current.claims.length) { box.style.display = "none"; return; }
      names = config.kinds.filter(function (kind) {
        var grouping = kind.name === "same-allegation" || kind.name === "own-allegation";
        return kind.target === "claim" && (!allegation || grouping);
      });
      options(claimSelect, current.claims.map(function (claim) {
        return [claim.claim, claim.label + " (" + claim.claim + ")"];
      }));
      claimLabel.style.display = "block";
      about.textContent = allegation ? "an allegation: correct one of its claims"
                                     : "a claim (stable id below)";
    } else {
      current.claims = [];
      current.target = "actor/" + item.id;
      names = config.kinds.filter(function (kind) { return kind.target === "actor"; });
      claimLabel.style.display = "none";
      about.textContent = "actor " + item.id;
    }
    options(kindSelect, names.map(function (kind) { return [kind.name, kind.name + ": " + kind.help]; }));
    box.style.display = "block";
    update();
  }

  function kindChanged() {
    var kind = kinds[kindSelect.value];
    var enumerated = kind && (kind.value === "stance" || kind.value === "kind");
    if (enumerated && choice.getAttribute("data-for") !== kind.value) {  // keep the choice
      options(choice, (kind.value === "stance" ? config.stances : config.actor_kinds)
        .map(function (name) { return [name, name]; }));
      choice.setAttribute("data-for", kind.value);
    }
    choiceLabel.style.display = enumerated ? "block" : "none";
    valueLabel.style.display = enumerated || !kind || kind.value === "none" ? "none" : "block";
    valueInput.placeholder = kind ? config.placeholders[kind.value] || "" : "";
  }

  // --- the line ------------------------------------------------------------------------
  function oneLine(text) { return String(text || "").replace(/\s+/g, " ").trim(); }
  function csvField(text) {
    text = oneLine(text);
    return /[",\r\n]|^#/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }
  function turtleString(text) {
    return '"' + oneLine(text).replace(/\\/g, "\\\\").replace(/"/g, '\\"') + '"';
  }
  function reference(text, type) {  // "actor/x", "x" or an IRI -> <actor/x>, percent-encoded
    text = oneLine(text);
    var match = /(?:^|\/)(claim|actor)\/([^\/#?\s]+)$/.exec(text);
    var id = match ? decodeURIComponentSafe(match[2]) : text;
    return "<" + (match ? match[1] : type) + "/" + encodeURIComponent(id) + ">";
  }
  function decodeURIComponentSafe(text) {
    try { return decodeURIComponent(text); } catch (error) { return text; }
  }
  function parts(text) {
    return String(text || "").split(";").map(oneLine).filter(function (part) { return part; });
  }
  function turtleValue(kind, value) {
    switch (kind.value) {
      case "none": return "true";
      case "stance": return "stance:" + value;
      case "actor": return reference(value, "actor");
      case "claim": return reference(value, "claim");
      case "actors":
        var actors = parts(value).map(function (part) { return reference(part, "actor"); });
        return actors.length ? actors.join(", ") : "()";
      case "actor-or-wikidata":
        return /^Q[1-9][0-9]*$/.test(oneLine(value)) ? "wd:" + oneLine(value) : reference(value, "actor");
      case "texts":
        return parts(value).map(turtleString).join(", ") || '""';
      default: return turtleString(value);
    }
  }
  function target() {
    return current.claims.length ? "claim/" + claimSelect.value : current.target;
  }
  function update() {
    kindChanged();
    var kind = kinds[kindSelect.value];
    if (!kind) { line.value = ""; return; }
    var enumerated = kind.value === "stance" || kind.value === "kind";
    var value = kind.value === "none" ? "" : enumerated ? choice.value : valueInput.value;
    var day = oneLine(dateInput.value);
    if (formatSelect.value === "turtle") {
      var analyst = oneLine(analystInput.value);
      var agent = /^(?:https?|mailto|urn):\S+$/.test(analyst) && !/[<>"{}|^`\\]/.test(analyst)
        ? "<" + analyst + ">" : turtleString(analyst);
      var text = "[] kg:corrects " + reference(target(), target().split("/")[0]) +
        " ; kg:" + kind.prop + " " + turtleValue(kind, value) +
        " ; prov:wasAttributedTo " + agent +
        " ; dcterms:created " + turtleString(day) + "^^xsd:" + (day.length > 10 ? "dateTime" : "date");
      if (oneLine(noteInput.value)) { text += " ; rdfs:comment " + turtleString(noteInput.value); }
      line.value = text + " .";
    } else {
      line.value = [target(), kind.name, value, analystInput.value, day, noteInput.value]
        .map(csvField).join(",");
    }
  }
  [claimSelect, kindSelect, choice, formatSelect, dateInput].forEach(function (control) {
    control.addEventListener("change", update);
  });
  [valueInput, analystInput, noteInput, dateInput].forEach(function (control) {
    control.addEventListener("input", update);
  });
  copy.addEventListener("click", function () {
    line.select();
    if (navigator.clipboard) { navigator.clipboard.writeText(line.value).catch(function () {}); }
  });

  function follow(kind, id) {
    var item = (kind === "edge" ? state.edges : state.nodes).get(id);
    // an actor the page shows without drawing it (the explorer can): its id is enough
    show(item || (kind === "edge" ? null : { id: id }), kind === "edge");
  }
  var showDetails = state.showDetails;
  state.showDetails = function (kind, id) {
    showDetails(kind, id);
    follow(kind, id);
  };
  if (state.shown) { follow(state.shown.kind, state.shown.id); }
  state.correction = { show: show, update: update };
})();
