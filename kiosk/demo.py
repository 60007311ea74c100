"""Demo data: one nursing home and volunteer centre, two weeks around "today".

True to the people in the municipal presentation the project grew from: Viggo's bridge,
Julie's spinning, Ulla's COPD school, Kahdra's mother-tongue reading, and more.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from kiosk.clock import Clock
from kiosk.ids import BOOKING_CODE_ALPHABET
from kiosk.services.booking import BookingService, SignupRequest
from kiosk.storage.database import Database
from kiosk.storage.models import Activity, Category, Kiosk, Occurrence, OccurrenceStatus, Site

SITE_NAME = "Solbakken helse- og frivilligsenter"


@dataclass(frozen=True)
class DemoActivity:
    title: str
    description: str
    category: Category
    place: str
    host: str
    capacity: int
    weekdays: tuple[int, ...]  # 0 = Monday
    start: time
    minutes: int
    sensitive: bool = False
    accessibility: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    wants_volunteers: bool = False
    signups: int = 0  # how many demo residents fill it (before the waiting list)


ACTIVITIES = (
    DemoActivity(
        "Bridge på sykehjemmet",
        "Vi spiller bridge hver uke. Nybegynnere er hjertelig velkomne – Viggo lærer deg "
        "reglene. Kaffe og vafler.",
        Category.GAMES,
        "Solbakken sykehjem, dagligstua",
        "Viggo",
        12,
        (1,),
        time(11, 0),
        120,
        accessibility="Rullestoltilgjengelig. Teleslynge i dagligstua.",
        contact_name="Viggo",
        contact_phone="+4791234567",
        signups=10,
    ),
    DemoActivity(
        "Spinning for seniorer",
        "Rolig spinning til god musikk, i ditt eget tempo. Julie viser deg hvordan du "
        "stiller inn sykkelen.",
        Category.EXERCISE,
        "Aktiv fritid, sal 2",
        "Julie",
        10,
        (0, 3),
        time(10, 0),
        60,
        accessibility="Heis til 2. etasje.",
        signups=10,
    ),
    DemoActivity(
        "KOLS-skole",
        "Lær å leve godt med KOLS: pust, mestring og hverdagstips. Ulla har KOLS selv og "
        "deler av egen erfaring.",
        Category.HEALTH,
        "Frivilligsentralen, møterom 1",
        "Ulla",
        8,
        (2,),
        time(13, 0),
        90,
        sensitive=True,
        accessibility="Rullestoltilgjengelig.",
        signups=5,
    ),
    DemoActivity(
        "Strikkekafé",
        "Ta med strikketøyet, eller lån garn og pinner hos oss. Vi hjelper hverandre.",
        Category.CRAFTS,
        "Kafeen i 1. etasje",
        "Frivilligsentralen",
        20,
        (1, 4),
        time(12, 0),
        120,
        accessibility="Rullestoltilgjengelig.",
        signups=6,
    ),
    DemoActivity(
        "Trim for seniorer",
        "Styrke og balanse på stol og stående. Passer for alle.",
        Category.EXERCISE,
        "Gymsalen",
        "Fysioterapeut Hilde",
        15,
        (0, 2, 4),
        time(10, 30),
        45,
        accessibility="Øvelser kan gjøres sittende.",
        signups=9,
    ),
    DemoActivity(
        "Sangkoret Solstrålen",
        "Vi synger kjente sanger sammen. Ingen krav til notelesing.",
        Category.MUSIC,
        "Dagligstua",
        "Thor",
        30,
        (3,),
        time(14, 0),
        60,
        accessibility="Teleslynge.",
        signups=12,
    ),
    DemoActivity(
        "Digital hjelp",
        "Få hjelp med mobil, nettbrett, BankID og Helsenorge. Ta med det du lurer på.",
        Category.DIGITAL,
        "Biblioteket",
        "Per og Sofie",
        6,
        (1, 3),
        time(15, 0),
        60,
        signups=6,
    ),
    DemoActivity(
        "Fellesmiddag",
        "Middag i godt selskap. Denne gangen: fiskegrateng og karamellpudding. 60 kroner.",
        Category.FOOD,
        "Kafeen i 1. etasje",
        "Kjøkkenfrivillige",
        40,
        (4,),
        time(16, 0),
        90,
        accessibility="Rullestoltilgjengelig. Si fra om allergier.",
        signups=25,
    ),
    DemoActivity(
        "Kulturfestivalen – vi trenger frivillige",
        "Bli med og lag festival! Vi trenger hjelp med kaffe, rigging og å følge gjester.",
        Category.CULTURE,
        "Kulturhuset",
        "Marius, frivillighetsutvalget",
        25,
        (5,),
        time(11, 0),
        240,
        wants_volunteers=True,
        contact_name="Marius",
        contact_phone="+4798765432",
        signups=7,
    ),
    DemoActivity(
        "Morsmålslesing for barn",
        "Kahdra leser eventyr på somali og norsk for barn og foreldre. Besteforeldre er "
        "hjertelig velkomne.",
        Category.LANGUAGE,
        "Biblioteket, barneavdelingen",
        "Kahdra",
        15,
        (5,),
        time(12, 0),
        60,
        signups=4,
    ),
)

# Two of them would like company or a ride there (no random draw: the rest of the demo
# stays as it was).
DEMO_NEEDS_HELP = frozenset({"Randi Johansen", "Solveig Andersen"})
DEMO_NAMES = (
    "Olga Hansen",
    "Arne Berg",
    "Kari Nilsen",
    "Jon Olsen",
    "Randi Johansen",
    "Per Larsen",
    "Solveig Andersen",
    "Bjørn Pedersen",
    "Ingrid Karlsen",
    "Åse Eriksen",
    "Tor Halvorsen",
    "Gunn Strand",
    "Liv Dahl",
    "Henning Moe",
    "Eva Lie",
    "Aslak Sara",
    "Gerd Bakken",
    "Odd Haugen",
    "Marit Solberg",
    "Nils Kristiansen",
    "Ragnhild Lund",
    "Sverre Holm",
    "Berit Jakobsen",
    "Knut Martinsen",
    "Anne Sørensen",
    "Leif Rønning",
    "Hildur Aas",
)


class SeededBookingCodes:
    """Deterministic booking codes for demo screenshots (never for real sign-ups)."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)

    def __call__(self) -> str:
        return "".join(self._rng.choice(BOOKING_CODE_ALPHABET) for _ in range(6))


def _days(today: date) -> list[date]:
    # A week back (for history) and two weeks ahead.
    return [today + timedelta(days=offset) for offset in range(-7, 15)]


def seed_demo(db: Database, clock: Clock, booking: BookingService, seed: int = 1) -> None:
    """Fill an empty database with the demo site. Sign-ups go through the real service."""
    rng = random.Random(seed)
    now = clock.now()
    tz = now.tzinfo
    with db.transaction() as session:
        site = Site(name=SITE_NAME)
        session.add(site)
        session.flush()
        session.add(Kiosk(site_id=site.id, name="Resepsjonen", is_self=True))
        occurrences: list[tuple[Occurrence, DemoActivity]] = []
        days = list(_days(now.date()))
        for spec in ACTIVITIES:
            activity = Activity(
                site_id=site.id,
                title=spec.title,
                description=spec.description,
                category=spec.category,
                place=spec.place,
                host=spec.host,
                capacity=spec.capacity,
                sensitive=spec.sensitive,
                accessibility=spec.accessibility,
                contact_name=spec.contact_name,
                contact_phone=spec.contact_phone,
                wants_volunteers=spec.wants_volunteers,
                # A weekly series, as staff mode shows and edits it.
                series_weekdays="".join(str(d) for d in sorted(spec.weekdays)),
                series_start=spec.start.strftime("%H:%M"),
                series_minutes=spec.minutes,
                series_from=days[0],
                series_until=days[-1],
            )
            session.add(activity)
            session.flush()
            for day in days:
                if day.weekday() not in spec.weekdays:
                    continue
                starts = datetime.combine(day, spec.start, tzinfo=tz)
                occ = Occurrence(
                    activity_id=activity.id,
                    starts_at=starts,
                    ends_at=starts + timedelta(minutes=spec.minutes),
                    capacity=spec.capacity,
                    status=OccurrenceStatus.SCHEDULED,
                    seats_taken=0,
                )
                session.add(occ)
                occurrences.append((occ, spec))
        session.flush()
        # One cancelled occurrence, as happens: the choir's conductor is ill.
        for occ, spec in occurrences:
            if spec.category is Category.MUSIC and occ.starts_at > now + timedelta(days=7):
                occ.status = OccurrenceStatus.CANCELLED
                break
        occ_start = {occ.id: occ.starts_at for occ, _ in occurrences}
        upcoming = [
            (occ.id, spec)
            for occ, spec in occurrences
            if occ.starts_at > now and occ.status is OccurrenceStatus.SCHEDULED
        ]
    requests: list[SignupRequest] = []
    for occ_id, spec in upcoming:
        # The first days are full (some with a waiting list); later ones fill up less.
        soon = occ_start[occ_id] < now + timedelta(days=3)
        wanted = spec.signups if soon or rng.random() < 0.6 else spec.signups // 2
        seats = 0
        for name in rng.sample(DEMO_NAMES, k=min(len(DEMO_NAMES), wanted)):
            if seats >= wanted:
                break
            companions = 1 if rng.random() < 0.15 else 0
            requests.append(SignupRequest(occ_id, name, None, companions, name in DEMO_NEEDS_HELP))
            seats += 1 + companions
    # One transaction; any that is refused (sign-up already closed) is simply left out.
    booking.sign_up_batch(requests)
