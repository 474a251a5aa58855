"""The Qt window over the core. Depends on the core; the core never imports this package."""
