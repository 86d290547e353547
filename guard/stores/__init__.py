"""Where policies and audit rows live: the embedded default (a policies folder, an SQLite audit file)
or PostgreSQL shared by a fleet of guard replicas. ``base`` holds the interfaces, ``factory`` builds
the configured ones, ``migrate`` applies the shipped schema (``guard db upgrade``)."""
