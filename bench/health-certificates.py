#!/usr/bin/env python3
"""Test data of bench/health-certificates.sh: document signers and HC1 vaccination certificates.

    bench/health-certificates.py <keys> <payloads> <signers.jsonl> <payloads.txt>

Writes <keys> EC P-256 document signer certificates (self-signed X.509), one JSON line each as the
health service's API takes a signer ({"certificate": Base64 DER, "country": alpha-3}, plus "keyId",
the DCC key id: the first 8 bytes of SHA-256 of the DER, in Base64), and <payloads> HC1 vaccination
certificates, one QR text a line: a DCC v1.3.0 with one vaccination in CWT claims (iss, iat, exp,
hcert -260 {1: DCC}), COSE_Sign1 with ES256 (-7) and the kid in the protected header, zlib, Base45,
"HC1:". Each certificate is signed by a signer drawn at random.

Signers are the same in every run (keys from a fixed seed, fixed validity, deterministic ECDSA), so
that a run adds to the service's trust list only those an earlier run did not; certificates are new
in each run (issued yesterday, valid for a year), their signers and holders drawn with a fixed seed.
Needs the "cryptography" package; CBOR and Base45 are written here.
"""

import base64
import datetime
import hashlib
import json
import random
import struct
import sys
import zlib

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.x509.oid import NameOID

SEED = 20261207
ES256 = -7
# Issuing countries of the signers: alpha-3 as the API takes them, alpha-2 as the CWT issuer (claim 1).
COUNTRIES = [("AUT", "AT"), ("DEU", "DE"), ("FRA", "FR"), ("ITA", "IT"), ("ESP", "ES"), ("NLD", "NL"),
             ("POL", "PL"), ("CHN", "CN"), ("MNG", "MN"), ("KAZ", "KZ")]
SIGNERS_VALID_FROM = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
SIGNERS_VALID_UNTIL = datetime.datetime(2031, 1, 1, tzinfo=datetime.timezone.utc)
SURNAMES = ["Batbayar", "Musterfrau", "Dupont", "Rossi", "Garcia", "de Vries", "Kowalski", "Wang", "Bold",
            "Nurlanov", "Schmidt", "Martin", "Bianchi", "Lopez", "Jansen", "Nowak", "Li", "Tsend"]
GIVEN_NAMES = ["Odgerel", "Gabriele", "Marie", "Luca", "Lucia", "Daan", "Anna", "Wei", "Temuulen", "Aigerim",
               "Jonas", "Camille", "Giulia", "Pablo", "Sanne", "Piotr", "Xiu", "Bat-Erdene"]
VACCINES = [("EU/1/20/1528", "ORG-100030215", "1119349007"), ("EU/1/20/1507", "ORG-100031184", "1119349007"),
            ("EU/1/21/1529", "ORG-100001699", "J07BX03"), ("EU/1/20/1525", "ORG-100001417", "J07BX03")]


class Tagged:
    def __init__(self, tag, value):
        self.tag, self.value = tag, value


def cbor(value):
    """CBOR (RFC 8949) of integers, text, bytes, lists, maps and tagged items; definite lengths only."""
    def head(major, number):
        if number < 24:
            return bytes([major << 5 | number])
        for extra, size, fmt in ((24, 1, ">B"), (25, 2, ">H"), (26, 4, ">I"), (27, 8, ">Q")):
            if number < 1 << (8 * size):
                return bytes([major << 5 | extra]) + struct.pack(fmt, number)
        raise ValueError(f"{number} does not fit in CBOR's 64 bits")

    if isinstance(value, bool):
        raise ValueError("no booleans in a DCC of this benchmark")
    if isinstance(value, int):
        return head(0, value) if value >= 0 else head(1, -1 - value)
    if isinstance(value, str):
        encoded = value.encode("utf-8")
        return head(3, len(encoded)) + encoded
    if isinstance(value, (bytes, bytearray)):
        return head(2, len(value)) + bytes(value)
    if isinstance(value, list):
        return head(4, len(value)) + b"".join(cbor(item) for item in value)
    if isinstance(value, dict):
        return head(5, len(value)) + b"".join(cbor(key) + cbor(item) for key, item in value.items())
    if isinstance(value, Tagged):
        return head(6, value.tag) + cbor(value.value)
    raise ValueError(f"no CBOR for {type(value)}")


BASE45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"


def base45(data):
    """Base45 (RFC 9285): two bytes to three characters, a last single byte to two."""
    out = []
    for at in range(0, len(data) - 1, 2):
        number = data[at] * 256 + data[at + 1]
        number, c = divmod(number, 45)
        e, d = divmod(number, 45)
        out += [BASE45[c], BASE45[d], BASE45[e]]
    if len(data) % 2:
        d, c = divmod(data[-1], 45)
        out += [BASE45[c], BASE45[d]]
    return "".join(out)


def signers(count, rng):
    made = []
    for n in range(count):
        key = ec.derive_private_key(rng.randrange(1, 1 << 255), ec.SECP256R1())
        country, alpha2 = COUNTRIES[n % len(COUNTRIES)]
        name = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, alpha2),
                          x509.NameAttribute(NameOID.COMMON_NAME, f"Juxta benchmark DSC {n + 1}")])
        certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                       .serial_number(n + 1).not_valid_before(SIGNERS_VALID_FROM)
                       .not_valid_after(SIGNERS_VALID_UNTIL)
                       .sign(key, hashes.SHA256(), ecdsa_deterministic=True))
        der = certificate.public_bytes(serialization.Encoding.DER)
        made.append({"key": key, "country": country, "issuer": alpha2, "der": der,
                     "kid": hashlib.sha256(der).digest()[:8]})
    return made


def vaccination(n, rng, issuer):
    product, manufacturer, vaccine_type = rng.choice(VACCINES)
    doses = rng.choice([2, 3])
    surname, given_name = rng.choice(SURNAMES), rng.choice(GIVEN_NAMES)
    born = datetime.date(1940, 1, 1) + datetime.timedelta(days=rng.randrange(0, 80 * 365))
    vaccinated = datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randrange(0, 300))
    return {
        "ver": "1.3.0",
        "nam": {"fn": surname, "fnt": standardised(surname), "gn": given_name, "gnt": standardised(given_name)},
        "dob": born.isoformat(),
        "v": [{"tg": "840539006", "vp": vaccine_type, "mp": product, "ma": manufacturer, "dn": doses,
               "sd": doses, "dt": vaccinated.isoformat(), "co": issuer, "is": f"Ministry of Health {issuer}",
               "ci": f"URN:UVCI:01:{issuer}:BENCH{n:010d}{rng.randrange(1 << 32):08X}#{BASE45[n % 36]}"}],
    }


def standardised(name):
    return "".join(c if c.isalnum() else "<" for c in name.upper())


def hc1(signer, dcc, issued_at, expires_at):
    protected = cbor({1: ES256, 4: signer["kid"]})
    claims = cbor({1: signer["issuer"], 4: expires_at, 6: issued_at, -260: {1: dcc}})
    to_sign = cbor(["Signature1", protected, b"", claims])
    r, s = decode_dss_signature(signer["key"].sign(to_sign, ec.ECDSA(hashes.SHA256())))
    signature = r.to_bytes(32, "big") + s.to_bytes(32, "big")
    cose = cbor(Tagged(18, [protected, {}, claims, signature]))
    return "HC1:" + base45(zlib.compress(cose, 9))


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    keys, payloads = int(sys.argv[1]), int(sys.argv[2])
    made = signers(keys, random.Random(SEED))
    with open(sys.argv[3], "w") as out:
        for signer in made:
            out.write(json.dumps({"certificate": base64.b64encode(signer["der"]).decode(),
                                  "country": signer["country"],
                                  "keyId": base64.b64encode(signer["kid"]).decode()}) + "\n")
    now = int(datetime.datetime.now(datetime.timezone.utc).timestamp())
    issued_at, expires_at = now - 86400, now + 365 * 86400
    rng = random.Random(SEED + 1)
    with open(sys.argv[4], "w") as out:
        for n in range(payloads):
            signer = rng.choice(made)
            out.write(hc1(signer, vaccination(n, rng, signer["issuer"]), issued_at, expires_at) + "\n")


if __name__ == "__main__":
    main()
