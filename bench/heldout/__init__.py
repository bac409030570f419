"""Blind corpora kept as a regression benchmark: each generator writes files/ and truth.jsonl.

They were written blind to leakscope's code (blind corpora 25 to 73; these modules write the
same content); bench/heldout_accuracy.py generates and scores them. A new corpus is a module
with generate(seed, outdir) and one line in CORPORA.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from . import (
    animal_hospital,
    beauty_clinic,
    bone_clinic,
    buyback_shop,
    call_center,
    car_dealer,
    care_home,
    condo_management,
    day_service,
    dental_clinic,
    driving_school,
    fitness_club,
    funeral_home,
    furusato,
    health_center,
    health_check,
    home_nursing,
    hospital,
    hotel,
    insurance_agency,
    junior_high,
    labour_consultant,
    language_school,
    law_office,
    lp_gas,
    marriage_agency,
    moving_company,
    neighbourhood,
    nursery,
    online_shop,
    onsen_inn,
    pharmacy,
    phone_shop,
    private_school,
    real_estate,
    rental_agency,
    research_lab,
    salon,
    scrivener,
    securities_branch,
    staffing_agency,
    supporters,
    tax_office,
    temple,
    travel_agency,
    trial_site,
    wedding_hall,
    welfare_office,
    workshop,
)

CORPORA: dict[str, Callable[[int, Path], None]] = {
    "welfare_office": welfare_office.generate,  # blind corpus 25
    "online_shop": online_shop.generate,  # blind corpus 26
    "hospital": hospital.generate,  # blind corpus 27
    "rental_agency": rental_agency.generate,  # blind corpus 28
    "tax_office": tax_office.generate,  # blind corpus 29
    "private_school": private_school.generate,  # blind corpus 30
    "staffing_agency": staffing_agency.generate,  # blind corpus 31
    "marriage_agency": marriage_agency.generate,  # blind corpus 32
    "hotel": hotel.generate,  # blind corpus 33
    "driving_school": driving_school.generate,  # blind corpus 34
    "law_office": law_office.generate,  # blind corpus 35
    "pharmacy": pharmacy.generate,  # blind corpus 36
    "animal_hospital": animal_hospital.generate,  # blind corpus 37
    "insurance_agency": insurance_agency.generate,  # blind corpus 38
    "travel_agency": travel_agency.generate,  # blind corpus 39
    "car_dealer": car_dealer.generate,  # blind corpus 40
    "funeral_home": funeral_home.generate,  # blind corpus 41
    "dental_clinic": dental_clinic.generate,  # blind corpus 42
    "condo_management": condo_management.generate,  # blind corpus 43
    "beauty_clinic": beauty_clinic.generate,  # blind corpus 44
    "real_estate": real_estate.generate,  # blind corpus 45
    "fitness_club": fitness_club.generate,  # blind corpus 46
    "care_home": care_home.generate,  # blind corpus 47
    "nursery": nursery.generate,  # blind corpus 48
    "buyback_shop": buyback_shop.generate,  # blind corpus 49
    "wedding_hall": wedding_hall.generate,  # blind corpus 50
    "bone_clinic": bone_clinic.generate,  # blind corpus 51
    "onsen_inn": onsen_inn.generate,  # blind corpus 52
    "health_check": health_check.generate,  # blind corpus 53
    "temple": temple.generate,  # blind corpus 54
    "moving_company": moving_company.generate,  # blind corpus 55
    "labour_consultant": labour_consultant.generate,  # blind corpus 56
    "phone_shop": phone_shop.generate,  # blind corpus 57
    "day_service": day_service.generate,  # blind corpus 58
    "junior_high": junior_high.generate,  # blind corpus 59
    "health_center": health_center.generate,  # blind corpus 60
    "neighbourhood": neighbourhood.generate,  # blind corpus 61
    "language_school": language_school.generate,  # blind corpus 62
    "securities_branch": securities_branch.generate,  # blind corpus 63
    "home_nursing": home_nursing.generate,  # blind corpus 64
    "call_center": call_center.generate,  # blind corpus 65
    "lp_gas": lp_gas.generate,  # blind corpus 66
    "trial_site": trial_site.generate,  # blind corpus 67
    "workshop": workshop.generate,  # blind corpus 68
    "salon": salon.generate,  # blind corpus 69
    "furusato": furusato.generate,  # blind corpus 70
    "scrivener": scrivener.generate,  # blind corpus 71
    "research_lab": research_lab.generate,  # blind corpus 72
    "supporters": supporters.generate,  # blind corpus 73
}
