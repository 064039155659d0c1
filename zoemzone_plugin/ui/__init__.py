"""The plugin's desktop interface: the Zoem Zone dock (``dock``) over the data package logic
without widgets (``package``)."""
