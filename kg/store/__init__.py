"""The store stage: the embedded Oxigraph store, pushes to SPARQL endpoints, canned queries.

- :mod:`kg.store.embedded`: :class:`EmbeddedStore`, one named graph per document;
- :mod:`kg.store.push`: :func:`push_graphs` to any SPARQL 1.1 server (Graph Store
  Protocol, or SPARQL Update);
- :mod:`kg.store.query`: the canned queries of ``kg/queries``, run on the store or an
  endpoint, printed as a table, CSV, TSV or JSON;
- :mod:`kg.store.http`: credentials, retries and errors shared by both.

>>> sorted(canned_queries())[:3]
['actors', 'allegation-timeline', 'allegations-against-actor']
"""

from kg.store.embedded import EmbeddedStore, StoreNotFoundError
from kg.store.http import Client, Credentials, EndpointError
from kg.store.push import (
    PROTOCOLS,
    GraphResult,
    PushReport,
    default_update_endpoint,
    file_graphs,
    push_graphs,
    store_graphs,
)
from kg.store.query import (
    CannedQuery,
    QueryError,
    Results,
    canned_queries,
    format_results,
    load_query,
    query_endpoint,
    query_store,
    sparql_term,
)

__all__ = [
    "PROTOCOLS",
    "CannedQuery",
    "Client",
    "Credentials",
    "EmbeddedStore",
    "EndpointError",
    "GraphResult",
    "PushReport",
    "QueryError",
    "Results",
    "StoreNotFoundError",
    "canned_queries",
    "default_update_endpoint",
    "file_graphs",
    "format_results",
    "load_query",
    "push_graphs",
    "query_endpoint",
    "query_store",
    "sparql_term",
    "store_graphs",
]
