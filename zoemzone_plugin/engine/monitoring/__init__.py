"""Monitoring: observation files, survey design, validation of a suitability map against
observations, and BACI of realised measures."""
