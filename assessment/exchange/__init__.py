"""Data exchange: Excel/CSV workbooks in and out, offline packages between laptops, merge with conflicts."""
