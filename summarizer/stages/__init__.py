"""The named stages of a summarisation, each a module with a typed input and output:

1. ``extract``   (model): verbatim spans of the article -> ``Extraction``
2. ``ground``    (code):  verified spans, rules' additions, places, time, class -> ``Grounded``
3. ``translate`` (model): accepted renderings of the spans, keyed by field path -> ``dict[str, str]``
4. ``compose``   (code):  the ``IncidentSummary``, headline and summary in both languages

``run.Run`` carries what every stage reports (dropped facts, notes, usage). ``summarizer.pipeline``
chains them; no stage imports the interface.
"""
