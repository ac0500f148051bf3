"""A large, realistic visit file for the benchmarks: a five-day state visit.

5 days of 30 stops, 300 people of whom 60 have portrait photos (30-60 KB JPEG
each, made with Pillow from gradients and noise), 80 key messages and 120
questions: about 4 MB of YAML, far more than any real visit. The file is
written once into .bench/ (ignored by git) and reused, so that successive runs
time the same bytes; ``python -m benchmarks.generate`` rebuilds it.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from briefing.atomic import atomic_write
from briefing.model import Contact, Details, Message, Person, Question, Stop, Visit
from briefing.storage import dump_visit

BENCH_DIR = Path(__file__).resolve().parent.parent / ".bench"
LARGE_VISIT = BENCH_DIR / "large.visit.yaml"

DAYS, STOPS_PER_DAY, PEOPLE, WITH_PHOTO, MESSAGES, QUESTIONS = 5, 30, 300, 60, 80, 120

WORDS = [
    "numérique",
    "formation",
    "emploi",
    "territoire",
    "inclusion",
    "entreprise",
    "école",
    "partenariat",
    "talents",
    "compétences",
    "cybersécurité",
    "données",
    "intelligence",
    "artificielle",
    "alternance",
    "apprentissage",
    "économie",
    "sociale",
    "solidaire",
    "innovation",
    "recherche",
    "industrie",
    "souveraineté",
    "jeunesse",
    "réussite",
    "quartier",
    "région",
    "métropole",
    "port",
    "ville",
    "accompagnement",
    "investissement",
    "projet",
    "ambition",
    "réseau",
    "avenir",
    "transition",
    "écologie",
    "énergie",
    "santé",
]
FIRST = [
    "Camille",
    "Léa",
    "Inès",
    "Chloé",
    "Manon",
    "Hugo",
    "Lucas",
    "Yanis",
    "Thomas",
    "Élise",
    "Noé",
    "Zoé",
    "Adam",
    "Sarah",
    "Jules",
    "Anaïs",
    "Karim",
    "Louise",
]
LAST = [
    "Martin",
    "Bernard",
    "Dubois",
    "Lefèvre",
    "Moreau",
    "Laurent",
    "Girard",
    "Roux",
    "Fournier",
    "Mercier",
    "Blanc",
    "Guérin",
    "Faure",
    "Chevalier",
]
ROLES = ("Directrice générale", "Maire adjoint", "Préfet", "Conseillère presse", "Fondateur", "Étudiante", "Député")
ORGS = ("Ville de Marseille", "Préfecture de région", "La Plateforme", "Orange", "Crédit Agricole", "Aix-Marseille")
CATEGORIES = ("official", "host", "partner", "guest", "press", "staff")
PRESS = ("open", "pool", "photo-op", "closed")


def sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def paragraphs(rng: random.Random, count: int) -> str:
    return "\n\n".join(" ".join(sentence(rng, rng.randint(8, 18)) for _ in range(4)) for _ in range(count))


def portrait(rng: random.Random) -> bytes:
    """A 30-60 KB JPEG that compresses like a photo: gradient, shapes, grain."""
    width, height = 420, 525
    top = tuple(rng.randint(40, 200) for _ in range(3))
    bottom = tuple(rng.randint(20, 120) for _ in range(3))
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / height
        draw.line([(0, y), (width, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)))
    skin = tuple(rng.randint(120, 230) for _ in range(3))
    draw.ellipse((130, 90, 290, 300), fill=skin)  # a head
    draw.pieslice((60, 280, 360, 640), 180, 360, fill=tuple(rng.randint(10, 90) for _ in range(3)))  # shoulders
    grain = Image.effect_noise((width, height), rng.randint(18, 34)).convert("RGB")
    image = Image.blend(image, grain, 0.22).filter(ImageFilter.GaussianBlur(0.35))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=rng.randint(84, 90))
    return out.getvalue()


def large_visit(seed: int = 2027) -> Visit:
    rng = random.Random(seed)
    first_day = dt.date(2027, 5, 10)
    people = []
    for n in range(PEOPLE):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        people.append(
            Person(
                id=f"p{n:03d}",
                name=name,
                role=rng.choice(ROLES),
                organisation=rng.choice(ORGS),
                category="principal" if n == 0 else rng.choice(CATEGORIES),
                bio=paragraphs(rng, rng.randint(1, 3)),
                pronunciation=name.lower().replace(" ", "-"),
                phone=f"06 00 00 {n // 100:02d} {n % 100:02d}",
                email=f"personne.{n}@example.fr",
                photo=portrait(rng) if n < WITH_PHOTO else None,
            )
        )
    stops = []
    for day in range(DAYS):
        for k in range(STOPS_PER_DAY):
            start = dt.datetime(2027, 1, 1, 7, 0) + dt.timedelta(minutes=25 * k)
            stops.append(
                Stop(
                    id=f"d{day}-s{k:02d}",
                    date=first_day + dt.timedelta(days=day),
                    start=start.time(),
                    end=(start + dt.timedelta(minutes=20)).time(),
                    title=sentence(rng, rng.randint(4, 9)).rstrip("."),
                    venue=f"Salle {rng.randint(1, 40)}, {rng.choice(ORGS)}",
                    address=f"{rng.randint(1, 200)} boulevard {rng.choice(LAST)}, 13002 Marseille",
                    press=rng.choice(PRESS),
                    attendees=sorted({f"p{rng.randrange(PEOPLE):03d}" for _ in range(rng.randint(2, 12))}),
                    notes=paragraphs(rng, rng.randint(1, 2)),
                )
            )
    details = Details(
        title="Visite d'État de cinq jours en région Provence-Alpes-Côte d'Azur",
        principal=people[0].name,
        principal_role="Ministre",
        start_date=first_day,
        end_date=first_day + dt.timedelta(days=DAYS - 1),
        location="Marseille",
        classification="Diffusion restreinte",
        revision=12,
        prepared_by="Service de presse",
        objectives=[sentence(rng, 12) for _ in range(6)],
        summary=paragraphs(rng, 3),
    )
    return Visit(
        details=details,
        itinerary=stops,
        attendees=people,
        messages=[
            Message(
                headline=sentence(rng, 14),
                points=[sentence(rng, rng.randint(8, 20)) for _ in range(rng.randint(2, 5))],
                stop=rng.choice(stops).id,
            )
            for _ in range(MESSAGES)
        ],
        qa=[Question(question=sentence(rng, 15), answer=paragraphs(rng, rng.randint(1, 2))) for _ in range(QUESTIONS)],
        sensitivities=[sentence(rng, 20) for _ in range(25)],
        contacts=[Contact(name=p.name, role=p.role, phone=p.phone, email=p.email) for p in people[:40]],
    )


def ensure_large_visit(rebuild: bool = False) -> Path:
    """The path of the large visit file, written first if it is not there."""
    if rebuild or not LARGE_VISIT.exists():
        BENCH_DIR.mkdir(exist_ok=True)
        atomic_write(LARGE_VISIT, dump_visit(large_visit()).encode("utf-8"))
    return LARGE_VISIT


if __name__ == "__main__":
    path = ensure_large_visit(rebuild=True)
    print(f"{path}: {path.stat().st_size / 1e6:.1f} MB", file=sys.stderr)
    sys.exit(0)
