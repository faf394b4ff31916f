"""One review: the document (profile, team, ratings, plan records), its SQLite store, lock and migrations,
the rating scales and the stage placement derived from the ratings.

May use `framework` and `enrollment`; never `plan`, `output` or `demo`.
"""
