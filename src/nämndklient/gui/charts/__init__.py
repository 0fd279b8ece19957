"""pyqtgraph charts with Swedish number formatting; imported only where a chart is shown."""
