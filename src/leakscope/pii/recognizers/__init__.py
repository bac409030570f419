"""Registry of recognizers: one module per category, each declaring shapes and context words."""

from .address import AddressRecognizer
from .bank_account import BankAccountRecognizer
from .base import Candidate, Recognizer
from .card_expiry import CardExpiryRecognizer
from .card_expiry_query import CardExpiryInQueryRecognizer
from .card_security_code import CardSecurityCodeRecognizer
from .city_first_address import CityFirstAddressRecognizer
from .corporate_number import CorporateNumberRecognizer
from .credential import CredentialRecognizer
from .credit_card import CreditCardRecognizer
from .date_of_birth import BornOnRecognizer, DateOfBirthRecognizer
from .drivers_license import DriversLicenseRecognizer
from .drivers_license_card import DriversLicenseCardRecognizer
from .email import EmailRecognizer
from .email_obfuscated import ObfuscatedEmailRecognizer
from .email_owner import EmailOwnerRecognizer
from .health_insurance import HealthInsuranceRecognizer
from .iban import IbanRecognizer
from .intl_phone import IntlPhoneRecognizer
from .invoice_number import InvoiceNumberRecognizer
from .ip_address import IpAddressRecognizer
from .my_number import MyNumberRecognizer
from .passport import PassportRecognizer
from .pension import BasicPensionRecognizer
from .person_name import PersonNameRecognizer
from .phone import PhoneRecognizer
from .postal_code import PostalCodeRecognizer
from .residence_card import ResidenceCardRecognizer
from .sensitive import SensitiveRecognizer
from .town_block_address import TownBlockAddressRecognizer
from .us_phone import UsPhoneRecognizer
from .us_ssn import UsSsnRecognizer

RECOGNIZERS: tuple[Recognizer, ...] = (
    MyNumberRecognizer(), CorporateNumberRecognizer(), InvoiceNumberRecognizer(),
    DriversLicenseRecognizer(), DriversLicenseCardRecognizer(),
    PassportRecognizer(), ResidenceCardRecognizer(), BasicPensionRecognizer(),
    HealthInsuranceRecognizer(), BankAccountRecognizer(), PhoneRecognizer(), UsPhoneRecognizer(),
    IntlPhoneRecognizer(),
    PostalCodeRecognizer(), DateOfBirthRecognizer(), BornOnRecognizer(), CreditCardRecognizer(),
    CardExpiryRecognizer(), CardExpiryInQueryRecognizer(), CardSecurityCodeRecognizer(),
    CredentialRecognizer(), SensitiveRecognizer(), EmailRecognizer(), ObfuscatedEmailRecognizer(),
    IpAddressRecognizer(), IbanRecognizer(), UsSsnRecognizer(), PersonNameRecognizer(),
    EmailOwnerRecognizer(), AddressRecognizer(), CityFirstAddressRecognizer(),
    TownBlockAddressRecognizer(),
)
CATEGORIES: tuple[str, ...] = tuple(dict.fromkeys(r.category for r in RECOGNIZERS))

__all__ = ["CATEGORIES", "RECOGNIZERS", "Candidate", "Recognizer"]
