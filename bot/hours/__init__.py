"""My practice: the consultation-hours log, its CPD periods, totals and printable report."""
