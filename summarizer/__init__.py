"""Bilingual (Arabic/English) structured incident summaries, every fact traced to the article."""

from summarizer.api import asummarize, summarize
from summarizer.schema import IncidentSummary

__all__ = ["IncidentSummary", "asummarize", "summarize"]
__version__ = "0.1.0"
