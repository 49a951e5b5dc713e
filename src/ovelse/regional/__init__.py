"""The regional roll-up: many kommuners result files read into one summary for the
statsforvalter, laid out by the report's renderers as PDF and as a workbook."""
