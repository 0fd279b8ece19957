"""Publishing meetings to members: signed packages, the central store, OParl, note anchors.

Qt-free like every layer below the GUI. `anchoring` is pure; the rest works
through SQLAlchemy sessions the caller (or a service function here) owns.
"""
