"""Windows parameter message codes (`%%4417`) as Event Viewer renders them (`WriteData`).

Security events store access rights and flags as `%%nnnn` insertion strings; SigmaHQ rules are
written against the rendered text (`AccessList|contains: 'WriteData'`).  A value with codes is
matched both as stored and as rendered.
"""

from __future__ import annotations

import re

MESSAGES = {
    "1537": "DELETE", "1538": "READ_CONTROL", "1539": "WRITE_DAC", "1540": "WRITE_OWNER",
    "1541": "SYNCHRONIZE", "1542": "ACCESS_SYS_SEC",
    "1832": "Identification", "1833": "Impersonation", "1840": "Delegation",
    "1842": "Yes", "1843": "No",
    "1936": "TokenElevationTypeDefault (1)", "1937": "TokenElevationTypeFull (2)",
    "1938": "TokenElevationTypeLimited (3)",
    "4416": "ReadData (or ListDirectory)", "4417": "WriteData (or AddFile)",
    "4418": "AppendData (or AddSubdirectory or CreatePipeInstance)", "4419": "ReadEA",
    "4420": "WriteEA", "4421": "Execute/Traverse", "4422": "DeleteChild",
    "4423": "ReadAttributes", "4424": "WriteAttributes",
    "4432": "Query key value", "4433": "Set key value", "4434": "Create sub-key",
    "4435": "Enumerate sub-keys", "4436": "Notify about changes to keys", "4437": "Create Link",
    "7680": "Create Child", "7681": "Delete Child", "7682": "List Contents",
    "7683": "Write Self", "7684": "Read Property", "7685": "Write Property",
    "7686": "Delete Tree", "7687": "List Object", "7688": "Control Access",
    "2048": "Account Disabled", "2050": "'Password Not Required' - Disabled",
    "2080": "Account Enabled", "2082": "'Password Not Required' - Enabled",
    "2089": "'Don't Expire Password' - Enabled",
    "2090": "'Encrypted Text Password Allowed' - Enabled",
    "2092": "'Trusted For Delegation' - Enabled", "2093": "'Not Delegated' - Enabled",
    "2094": "'Use DES Key Only' - Enabled", "2095": "'Don't Require Preauth' - Enabled",
    "2097": "'Trusted To Authenticate For Delegation' - Enabled",
    "14674": "Value Deleted", "14675": "Value Added", "14676": "Active Directory Domain Services",
}
_CODE = re.compile(r"%%(\d{4,5})")


def render(value: str) -> str | None:
    """The rendered text of a value holding `%%` codes, or None if there is nothing to render."""
    if "%%" not in value:
        return None
    rendered = _CODE.sub(lambda m: MESSAGES.get(m.group(1), m.group(0)), value)
    return rendered if rendered != value else None
