"""The one window: pages, workspace, vault controller, menus, auto-lock and the demo."""
