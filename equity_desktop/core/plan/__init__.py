"""The action plan's rules: dates, the 7-year timeline, sorting and filtering (items) and the
suggestions drawn from a review's gaps.

The plan's records live with the document in `review.plan_records`; this room may use `review`,
`enrollment` and `framework`.
"""
