"""A JSON record's leaves, each with its label and whose it is: the record's own person's, or
another's (an object under a role's key, a chat message's text, an element of a list of people)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from leakscope.pii.extract.json_values import embedded_json, joined_parts
from leakscope.pii.extract.row_people import CHILDREN, role_suffix


def leaves(value: object) -> Iterator[tuple[str, str | None, object, str]]:
    """Each string/number leaf: its key path, its label (the nearest key above it), the leaf,
    and its owner. The owner is "" for the record's own leaves, which come first in document
    order; else it is the path of the element of a list of people it is in (``to[1]``,
    ``members[0]``: ``lists_people``), and each such element's leaves follow in turn."""
    owners: list[tuple[str, str | None, object]] = [("", None, value)]
    for owner, owner_label, element in owners:  # grows as lists of people are met
        stack: list[tuple[str, str | None, object]] = [(owner, owner_label, element)]
        while stack:  # explicit stack: hostile nesting cannot exhaust the Python stack
            key_path, label, node = stack.pop()
            if isinstance(node, dict):
                asked = _asked(node)
                joined = joined_parts(node, label)
                body = chat_body(node) if not key_path else None
                for key, child in reversed(node.items()):
                    path = f"{key_path}.{key}" if key_path else str(key)
                    if key == body or (child.__class__ is dict and role_object(key)):
                        owners.append((path, key, child))
                        continue
                    if asked and key == asked[1]:
                        label = asked[0]
                    elif body and key in _SENDERS and child.__class__ is str:
                        label = "sender"  # (a chat's "user": "山崎零" over its "text")
                    else:
                        label = str(key)
                    if key in joined:
                        if joined[key] is None:
                            continue  # a part read with the first (a given name)
                        after, label, child = joined[key]
                        path += after
                    stack.append((path, label, child))
            elif isinstance(node, list):
                if lists_people(label, node):
                    owners.extend((f"{key_path}[{index}]", label, child)
                                  for index, child in enumerate(node))
                    continue
                for index in range(len(node) - 1, -1, -1):
                    stack.append((f"{key_path}[{index}]", label, node[index]))
            elif node is not None and not isinstance(node, bool):
                if node.__class__ is str and (inner := embedded_json(node)) is not None:
                    stack.append((key_path, label, inner))  # a logged request's body
                    continue
                yield key_path or "$", label, node, owner


def role_object(key: object) -> bool:
    """An object under a role's key (``"parent": {…}``, ``"recipient": {…}``, 配偶者) is
    another person than the record's own, as a role's columns are (``row_people``); not a
    child's (a 健診 booking's ``"child": {…}`` beside its ``"guardian"``: whom it is for)."""
    return key.__class__ is str and role_suffix(key) not in ("", CHILDREN)


def chat_body(record: dict) -> str | None:
    """The key of a chat message's text (Teams' ``body``, Slack's ``text``, Discord's
    ``content``) in a record that names its sender (``from.user``, ``user_profile``,
    ``author``, a care home's chat's ``user``: {name, email}, or its name): the people the
    text names are others than the sender, its own owner."""
    sender = record.get("from")
    if not (isinstance(sender, dict) and "user" in sender) and "user_profile" not in record \
            and "author" not in record and record.get("user").__class__ not in (dict, str):
        return None
    return next((key for key in _CHAT_BODIES if key in record), None)


_CHAT_BODIES = ("body", "text", "content", "message")
_SENDERS = frozenset(("user", "author"))  # a sender's key, its name the value


def _asked(node: dict) -> tuple[str, str] | None:
    """A form's question and answer (``{"q": "お名前", "a": "吉田 結衣"}``): the question is
    the answer's label. (The question, and the answer's key.)"""
    if len(node) > 4 or not any(k in node for k in _QUESTION) \
            or not any(k in node for k in _ANSWER):
        return None
    question = next(node[k] for k in _QUESTION if k in node)
    if not isinstance(question, str) or not 0 < len(question) <= 40:
        return None
    return question, next(k for k in _ANSWER if k in node)


_QUESTION = ("q", "question", "質問", "設問", "項目", "field", "label")
_ANSWER = ("a", "answer", "回答", "answer_text", "response")


def lists_people(label: str | None, elements: list) -> bool:
    """Whether an array under the key ``label`` lists several people (a mail's recipients, a
    group's members): each element is then its own record for the people count, not the
    record's own (``phones``, ``addresses``, ``tags`` stay the record's, and so do typed
    values: ``"contacts": [{"type": "mobile", "value": …}, {"type": "email", …}]``)."""
    return label is not None and _PLAIN_KEY.sub("", label.lower()) in PEOPLE_LISTS \
        and not all(_typed_value(element) for element in elements)


def _typed_value(element: object) -> bool:
    """``{"type": "mobile", "value": "090-…"}``: one way to reach the record's person."""
    return isinstance(element, dict) and not _TYPED.isdisjoint(element) \
        and not _VALUED.isdisjoint(element)


_TYPED = frozenset({"type", "kind", "label", "channel", "method", "種別", "種類"})
_VALUED = frozenset({"value", "address", "number", "uri", "値"})


_PLAIN_KEY = re.compile(r"[\s_\-.]")
PEOPLE_LISTS = frozenset({
    "to", "cc", "bcc", "recipients", "recipient", "rcpt", "rcptto", "notified", "notify",
    "members", "participants", "attendees", "invitees", "guests", "users", "customers",
    "contacts", "people", "persons", "employees", "staff", "subscribers", "followers",
    "friends", "assignees", "reviewers", "watchers", "students", "patients", "applicants",
    "candidates", "宛先", "送信先", "送付先", "受信者", "参加者", "出席者", "メンバー", "会員",
    "顧客", "利用者", "ユーザー", "社員", "従業員", "対象者", "名簿", "世帯員", "家族", "同居人",
    "扶養家族", "被扶養者", "子供", "子ども", "dependents", "family", "household", "children",
    "relatedpersons", "relatives", "familymembers", "emergencycontacts", "関係者", "家族構成",
})
