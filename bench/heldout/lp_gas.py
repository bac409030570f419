"""Blind corpus 66: a rural LP gas retailer's (株式会社 北上プロパン商会, 岩手県一関市) file share,
with its home-equipment and renovation side.

About 150 people counted (88 customers, nine staff with an emergency contact each, 14 customers
taken over from a closed competitor, the elderly's relatives and three guarantors, a builder's
contact, a care manager, six renovation clients and five web enquirers, a mother and a wife
known only by a condition) over 32 files, two more in a zip and one attached to a mail: the
customer ledger (CP932), the 口座振替 requests (accounts), the safety inspections (dementia,
care levels, oxygen therapy), the elderly households' watch memo, two months of meter readings
(JSONL), the billing database (SQLite: cards), the 2015 system's MySQL dump (和暦 births), four
mails (a complaint, a builder's order, a campaign list attached, a reply quoting a son's mail),
three supply contracts (guarantors) and two 重要事項説明書, October's invoices (PDF), the staff
roster (My Numbers, licences), the competitor's customers (a CP932 zip), the delivery route, a
handover memo (dialysis), the web form (IPs), the delivery group's chat, the handhelds' sync
log, the manual, the company's details, the renovation quotes, the works ledger, the price
list, the payment reconciliation and the cylinder ledger. Hard negatives: invoice numbers
passing the My Number check, Luhn-valid quote and lot numbers, the manual's and the sample
form's values, private IPs; the company's numbers, address and 法人番号, work mails, kana
names and surnames alone are neutral.
"""

from __future__ import annotations

from . import lp_gas_letters as letters
from . import lp_gas_mails as mails
from . import lp_gas_systems as systems
from . import lp_gas_tables as tables
from .lp_gas_people import STAMP, populate
from .share import Corpus

CORPUS = Corpus(populate, [
    tables.ledger, tables.debit, tables.inspection, letters.watch, systems.readings,
    systems.billing, systems.dump, mails.complaint, mails.builder, mails.campaign, mails.reply,
    letters.contracts, letters.invoices, tables.roster, systems.competitor, letters.route,
    letters.handover, systems.webform, systems.chat, systems.sync_log, letters.manual,
    letters.company, tables.quotes, systems.works, tables.prices, tables.reconcile,
    tables.cylinders,
], stamp=STAMP)
generate = CORPUS.generate
