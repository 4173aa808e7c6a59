"""Verification and grounding rules: pure functions over the article's text, the language data of
``summarizer.lang`` and the output schema. Nothing here calls a model or imports a client."""
