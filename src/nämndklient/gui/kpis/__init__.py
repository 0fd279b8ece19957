"""The KPI section: overview, detail with chart, and assignments."""
