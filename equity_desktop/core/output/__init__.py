"""What the program writes for people to read: the PDF plan, the blank checklist, the Excel copy,
the charts and the preview pages.

May use every other room of the core; nothing in the core imports it.
"""
