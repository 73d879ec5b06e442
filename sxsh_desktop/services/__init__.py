"""The use-case layer: each thing a user does is one function here, called by the window and the CLI.

A use case validates with the domain's field rules, writes in one short transaction and returns an
``Outcome``: its value and the ``Changes`` it made, so that each view refreshes only what it shows.
Nothing here imports Qt; nothing in ``ui/`` or ``cli/`` repeats a rule written here.
"""
