"""PII discovery: what leaked and about how many people (流出した情報の種類・本人の数)."""
