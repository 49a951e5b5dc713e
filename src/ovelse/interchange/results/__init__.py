"""Result files (``.ovelseresultat``): one kommune's evaluated exercise, sent back to the
statsforvalter, and read again there by the regional roll-up.

``model`` is the content; the reader treats every file as hostile.
"""
