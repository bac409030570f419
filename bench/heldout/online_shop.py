"""Blind corpus 26: a small Japanese online shop's (EC-CUBE) server, leaked.

124 people (customers, gift recipients, staff, two foreign customers, affiliates) over 18 files:
a SQL dump with a card log, exports, mails, a helpdesk SQLite, logs and a zip backup; order
numbers pass Luhn and slip numbers the My Number check.
"""

from __future__ import annotations

from datetime import datetime

from . import online_shop_letters as letters
from . import online_shop_tables as tables
from .online_shop_people import populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.sql_dump, tables.config, tables.courier_export, tables.subscriptions, letters.mails,
    tables.helpdesk, letters.return_forms, tables.access_log, tables.deferred_payment,
    tables.affiliates, letters.manager_memo, tables.backup_zip, tables.product_master,
], stamp=datetime(2025, 10, 15, 9, 0, 0))
generate = CORPUS.generate
