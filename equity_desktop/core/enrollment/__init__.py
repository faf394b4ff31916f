"""Enrollment import and minority group isolation: file -> aggregated table -> MGI results.

`read_enrollment` reads any sheet into an EnrollmentTable (counts per school and
group, plus a report of every oddity); `measure_table` compares its schools
with their district. No Qt, and no student row survives `read_enrollment`.
"""
