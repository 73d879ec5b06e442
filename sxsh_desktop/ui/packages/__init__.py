"""Encrypted packages in the window (DESIGN.md section 7): the Export step, the Packages menu, the
import preview, key management and conflict review. The work itself is done by ``sxsh_desktop.sync``.
"""
