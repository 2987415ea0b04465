"""Primitives: pure functions on strings (text, quantities, periods, target statements).

They depend on nothing else in jpkpi but its errors, do no I/O, and are safe to call from many
threads.
"""
