"""kg: knowledge graphs of geopolitical claims from news text."""
