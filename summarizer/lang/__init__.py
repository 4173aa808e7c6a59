"""Language knowledge: the data files of ``data/`` (both languages) and the one definition of text
folding and Arabic clitics (``text``). Imports nothing else of the package."""
