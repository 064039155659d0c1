"""The toolbox's Kansenkaart group: the kansenkaart and its chain, measure scenarios, the data-
rich land use, the advice report, fund applications and the website."""
