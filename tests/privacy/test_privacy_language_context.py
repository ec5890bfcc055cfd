"""Words of their own language beside capitalised words (round eleven: Montreal, Barcelona,
Valletta, Reykjavík, Helsinki, Gallup, Brockton, Beirut): kept where they show a noun,
removed where the same shapes hold an identifier."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("On a parlé de sa Mère pour la première fois.", "sa Mère"),
        ("Jaja, li va portar un Iogurt i torrons.", "un Iogurt"),
        ("She cooked Katxupa with his Nha Mai on Sunday.", "Nha Mai"),
        ("She said Nha Avó laughed like before.", "Nha Avó"),
        ("She called her Avi the old way and he answered.", "her Avi"),
        ("He did not call his Pabbi for help.", "his Pabbi"),
        ("His Nanna prays the Rużarju to the saints every night.", "the Rużarju"),
        ("For Sant Jordi he gave his Mare a Rosa and a book.", "a Rosa"),
        ("Moyens: Routine du soir, Cahier de gratitude, marche.", "Cahier de gratitude"),
        ("They ate Saltkjöt og baunir together.", "Saltkjöt og baunir"),
        ("TCA en remissió parcial, Sertralina 50 mg since spring.", "Sertralina 50 mg"),
        ("I asked what Saħħa means in her family.", "Saħħa"),
        ("Diagnostic: le TDAH est confirmé; the psychiatrist agrees.", "le TDAH"),
        ("She said it in Kriolu and then in English.", "Kriolu"),
        ("gunni sagði að amma hans hefði hringt", "amma hans"),
        ("jaja i va dir que no va cridar ni una vegada", "una vegada"),
        ("hahah qalli il-Figolli kienu tal-Mammà", "hahah qalli"),
        ("mamma sagði nei", "mamma sagði"),
        ("At the Festa ta' Santa Marija she stayed home.", "Festa ta' Santa Marija"),
    ],
)
def test_nouns_shown_by_their_language_are_kept(text: str, kept: str) -> None:
    assert kept in redact(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Elle a parlé de ma Julie Tremblay hier.", "Tremblay"),
        ("She met her Avi Cohen at the shul.", "Cohen"),
        ("She works at the Kazin tal-Banda now.", "Kazin"),
        ("We met a Brockton family at the fair.", "Brockton"),
        ("Maria de los Angeles came to group.", "Maria"),
        ("He is a janitor at Polyvalente de l'Ancienne-Lorette now.", "Polyvalente"),
        ("The nurse gave Tendai 50 mg at night.", "Tendai"),
        ("I asked what Maria means to him.", "Maria"),
        ("Queralt now lives with her Iaia by the sea.", "Queralt"),
        ("Since el 14 de febrer he has not missed a class.", "14 de febrer"),
        ("She has not missed work since 3. febrúar.", "febrúar"),
        ("He walked to the sea on it-22 ta' Ottubru.", "Ottubru"),
        ("She has gone every week since el 3 d'abril.", "abril"),
        ("Henkilötunnus 140592-217K for the file.", "140592-217K"),
        ("Next session 15/05, number 7934 2281.", "7934 2281"),
        ("josmar qalli li ommu f'Ħamrun ma tkellmitx miegħu", "Ħamrun"),
        ("og Dísa frænka líka hringdi", "Dísa frænka"),
        ("Um Karim moved to her sister last spring.", "Karim"),
        ("The school is Skola Primarja tal-Qormi, near the church.", "Qormi"),
        ("josmar qalli li ommu ma tkellmitx", "josmar"),
        ("gunni sagði að amma hans hefði hringt", "gunni"),
        ("keilany fla ma si tiu ligá", "keilany"),
    ],
)
def test_identifiers_in_the_same_shapes_are_removed(text: str, gone: str) -> None:
    assert gone not in redact(text)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("ilkka sano et sen äiti soitti", "ilkka", "sano"),
        ("jorge disse que dormiu bem", "jorge", "disse"),
    ],
)
def test_a_verb_of_saying_after_a_lower_case_name_is_no_surname(
    text: str, gone: str, kept: str
) -> None:
    out = redact(text)
    assert gone not in out
    assert kept in out
    assert redact(out) == out
