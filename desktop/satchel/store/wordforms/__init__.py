"""Word forms for search: base forms per language and transliteration keys.

The search index stores each document's words as written and, in two more columns, their
base forms and their transliteration keys; queries are expanded the same way.
"""
