"""Handling works (penanganan): activities, funding, padat karya labour, progress, handover.

Only the pure rules exist so far (``funding``, ``labour``); models and screens come with issue #4.
"""
