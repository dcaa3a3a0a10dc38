"""Extraction quality against data nobody on the team wrote.

One module per benchmark: :mod:`kg.evaluate.carb` scores relations on CaRB,
:mod:`kg.evaluate.claims` scores claims on the news gold set in ``benchmarks/claims/``.
The runners that print the tables live in ``benchmarks/``.
"""
