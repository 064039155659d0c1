"""The toolbox's Monitoring group: survey design and the monitoring report."""
