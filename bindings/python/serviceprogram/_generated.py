"""The format's enums and element classes, written by bindings/python/generate_classes.py from
libserviceprogram's description of the format (lib/schema.c, through the schema API). Do not edit:
regenerate it as that script says; the python suite fails while this file differs from its output.
"""
from __future__ import annotations

from ._model import LabelledEnum, Node, NodeList, ReportBase, StringList, bind_enums, bind_types
from ._model import (get_boolean, get_decimal, get_enum, get_enum_set, get_integer, get_list, get_object,
                     get_string, get_string_list, set_boolean, set_decimal, set_enum, set_enum_set,
                     set_integer, set_string, set_string_list)

TYPE_CHECKING = False
if TYPE_CHECKING:
    import decimal
    from typing import Iterable

__all__ = [
    "Trend", "SupportType", "StaffingArea", "ContactRole", "Actor", "LadderStep", "ServiceType",
    "Status", "EffectsBasis", "Report", "Region", "Program", "Demand", "Staffing", "Contact",
    "Collaboration", "PriorityArea", "Goal", "Position", "Intervention", "Output", "Effects"
]


class Trend(LabelledEnum):
    """The values of Trend, as their tokens; each member's label_sv is the Swedish label."""

    DECREASE = 'decrease'  # Minskar
    UNCHANGED = 'unchanged'  # Oförändrad
    INCREASE = 'increase'  # Ökar


class SupportType(LabelledEnum):
    """The values of SupportType, as their tokens; each member's label_sv is the Swedish label."""

    GROCERY_INVESTMENT = 'grocery_investment'  # Investeringar kopplat till dagligvarubutiker
    FUEL_INVESTMENT = 'fuel_investment'  # Investeringar kopplat till drivmedelsförsäljning
    SERVICE_GRANT = 'service_grant'  # Servicebidrag
    HOME_DELIVERY_GRANT = 'home_delivery_grant'  # Hemsändningsbidrag
    SPECIAL_OPERATING_SUPPORT = 'special_operating_support'  # Särskilt driftstöd
    INVESTMENT_GRANT = 'investment_grant'  # Investeringsbidrag
    CORROSION_PROTECTION = 'corrosion_protection'  # Stöd till korrosionsskydd
    OTHER = 'other'  # Annat


class StaffingArea(LabelledEnum):
    """The values of StaffingArea, as their tokens; each member's label_sv is the Swedish label."""

    COORDINATION = 'coordination'  # Processledning/koordinering
    CASE_HANDLING = 'case_handling'  # Stödhandläggning


class ContactRole(LabelledEnum):
    """The values of ContactRole, as their tokens; each member's label_sv is the Swedish label."""

    PROGRAM = 'program'  # Kontaktperson för RSP
    SUPPORT_CASES = 'support_cases'  # Kontaktperson för stödärenden
    WORKSPACE_ACCESS = 'workspace_access'  # Tillgång till sharepoint/teams


class Actor(LabelledEnum):
    """The values of Actor, as their tokens; each member's label_sv is the Swedish label."""

    MUNICIPALITIES = 'municipalities'  # Kommuner
    COUNTY_BOARD = 'county_board'  # Länsstyrelse
    REGION_OTHER = 'region_other'  # Annan del av regionens organisation
    BUSINESS = 'business'  # Näringsliv
    CIVIL_SOCIETY = 'civil_society'  # Civilsamhälle
    LEADER = 'leader'  # Leader
    BUSINESS_PROMOTION = 'business_promotion'  # Företagsfrämjare
    OTHER = 'other'  # Annan


class LadderStep(LabelledEnum):
    """The values of LadderStep, as their tokens; each member's label_sv is the Swedish label."""

    CONVERSATION = 'conversation'  # Samtal
    CONSULTATION = 'consultation'  # Samråd
    SHARED_VIEW = 'shared_view'  # Samsyn
    COOPERATION = 'cooperation'  # Samarbete
    COLLABORATION = 'collaboration'  # Samverkan
    JOINT_ACTION = 'joint_action'  # Samhandling


class ServiceType(LabelledEnum):
    """The values of ServiceType, as their tokens; each member's label_sv is the Swedish label."""

    GROCERIES = 'groceries'  # Dagligvaror
    FUEL = 'fuel'  # Drivmedel
    AGENT_SERVICES = 'agent_services'  # Ombud för posttjänst, betaltjänst eller apotek
    BROADER_CONTEXT = 'broader_context'  # Bredare sammanhang


class Status(LabelledEnum):
    """The values of Status, as their tokens; each member's label_sv is the Swedish label."""

    CONTINUING = 'continuing'  # Fortsätter
    COMPLETED = 'completed'  # Klar


class EffectsBasis(LabelledEnum):
    """The values of EffectsBasis, as their tokens; each member's label_sv is the Swedish label."""

    ACHIEVED = 'achieved'  # Uppnådda
    EXPECTED = 'expected'  # Förväntade


ENUMS = bind_enums(Trend, SupportType, StaffingArea, ContactRole, Actor, LadderStep, ServiceType, Status, EffectsBasis)


class Report(ReportBase):
    """Uppföljning av regionalt serviceprogram (report)"""

    __slots__ = ()
    _type_name = 'report'
    _keys = ('format', 'region', 'year', 'program', 'demand_outlook', 'future_outlook', 'staffing', 'contacts', 'accessibility_work', 'collaboration', 'priority_areas',)

    @property
    def format(self) -> str | None:
        """Format, required (format)"""
        return get_string(self, 'format')

    @format.setter
    def format(self, value: str | None) -> None:
        set_string(self, 'format', value)

    @property
    def region(self) -> Region:
        """Region, required (region)"""
        return get_object(self, 'region', Region)

    @property
    def year(self) -> int | None:
        """Verksamhetsår, required (year)"""
        return get_integer(self, 'year')

    @year.setter
    def year(self, value: int | None) -> None:
        set_integer(self, 'year', value)

    @property
    def program(self) -> Program:
        """Regionalt serviceprogram (program)"""
        return get_object(self, 'program', Program)

    @property
    def demand_outlook(self) -> NodeList[Demand]:
        """Efterfrågan per stödtyp (fråga 1) (demand_outlook)"""
        return get_list(self, 'demand_outlook', Demand)

    @property
    def future_outlook(self) -> str | None:
        """Framtidsspaning (fråga 2) (future_outlook)"""
        return get_string(self, 'future_outlook')

    @future_outlook.setter
    def future_outlook(self, value: str | None) -> None:
        set_string(self, 'future_outlook', value)

    @property
    def staffing(self) -> NodeList[Staffing]:
        """Personalresurser (fråga 3) (staffing)"""
        return get_list(self, 'staffing', Staffing)

    @property
    def contacts(self) -> NodeList[Contact]:
        """Kontaktpersoner (fråga 4) (contacts)"""
        return get_list(self, 'contacts', Contact)

    @property
    def accessibility_work(self) -> str | None:
        """Arbetet med tillgänglighet (fråga 5) (accessibility_work)"""
        return get_string(self, 'accessibility_work')

    @accessibility_work.setter
    def accessibility_work(self, value: str | None) -> None:
        set_string(self, 'accessibility_work', value)

    @property
    def collaboration(self) -> NodeList[Collaboration]:
        """Samverkan (fråga 6) (collaboration)"""
        return get_list(self, 'collaboration', Collaboration)

    @property
    def priority_areas(self) -> NodeList[PriorityArea]:
        """Prioriterade områden (priority_areas)"""
        return get_list(self, 'priority_areas', PriorityArea)


class Region(Node):
    """Region (region)"""

    __slots__ = ()
    _type_name = 'region'
    _keys = ('name', 'county_code',)

    @property
    def name(self) -> str | None:
        """Region, required (name)"""
        return get_string(self, 'name')

    @name.setter
    def name(self, value: str | None) -> None:
        set_string(self, 'name', value)

    @property
    def county_code(self) -> str | None:
        """Länskod (county_code)"""
        return get_string(self, 'county_code')

    @county_code.setter
    def county_code(self, value: str | None) -> None:
        set_string(self, 'county_code', value)


class Program(Node):
    """Regionalt serviceprogram (program)"""

    __slots__ = ()
    _type_name = 'program'
    _keys = ('title', 'start_year', 'end_year', 'goals',)

    @property
    def title(self) -> str | None:
        """Titel (title)"""
        return get_string(self, 'title')

    @title.setter
    def title(self, value: str | None) -> None:
        set_string(self, 'title', value)

    @property
    def start_year(self) -> int | None:
        """Startår (start_year)"""
        return get_integer(self, 'start_year')

    @start_year.setter
    def start_year(self, value: int | None) -> None:
        set_integer(self, 'start_year', value)

    @property
    def end_year(self) -> int | None:
        """Slutår (end_year)"""
        return get_integer(self, 'end_year')

    @end_year.setter
    def end_year(self, value: int | None) -> None:
        set_integer(self, 'end_year', value)

    @property
    def goals(self) -> NodeList[Goal]:
        """Mål (goals)"""
        return get_list(self, 'goals', Goal)


class Demand(Node):
    """Efterfrågan (demand)"""

    __slots__ = ()
    _type_name = 'demand'
    _keys = ('support_type', 'trend', 'comment', 'budget_insufficient', 'not_prioritised',)

    @property
    def support_type(self) -> SupportType | None:
        """Stödtyp, required (support_type)"""
        return get_enum(self, 'support_type', SupportType)

    @support_type.setter
    def support_type(self, value: SupportType | str | None) -> None:
        set_enum(self, 'support_type', SupportType, value)

    @property
    def trend(self) -> Trend | None:
        """Bedömning (trend)"""
        return get_enum(self, 'trend', Trend)

    @trend.setter
    def trend(self, value: Trend | str | None) -> None:
        set_enum(self, 'trend', Trend, value)

    @property
    def comment(self) -> str | None:
        """Kommentar (comment)"""
        return get_string(self, 'comment')

    @comment.setter
    def comment(self, value: str | None) -> None:
        set_string(self, 'comment', value)

    @property
    def budget_insufficient(self) -> bool | None:
        """Budgeten räcker inte (budget_insufficient)"""
        return get_boolean(self, 'budget_insufficient')

    @budget_insufficient.setter
    def budget_insufficient(self, value: bool | None) -> None:
        set_boolean(self, 'budget_insufficient', value)

    @property
    def not_prioritised(self) -> bool | None:
        """Används eller prioriteras inte (not_prioritised)"""
        return get_boolean(self, 'not_prioritised')

    @not_prioritised.setter
    def not_prioritised(self, value: bool | None) -> None:
        set_boolean(self, 'not_prioritised', value)


class Staffing(Node):
    """Personalresurser (staffing)"""

    __slots__ = ()
    _type_name = 'staffing'
    _keys = ('area', 'note', 'positions',)

    @property
    def area(self) -> StaffingArea | None:
        """Område, required (area)"""
        return get_enum(self, 'area', StaffingArea)

    @area.setter
    def area(self, value: StaffingArea | str | None) -> None:
        set_enum(self, 'area', StaffingArea, value)

    @property
    def note(self) -> str | None:
        """Kommentar (note)"""
        return get_string(self, 'note')

    @note.setter
    def note(self, value: str | None) -> None:
        set_string(self, 'note', value)

    @property
    def positions(self) -> NodeList[Position]:
        """Tjänster (positions)"""
        return get_list(self, 'positions', Position)


class Contact(Node):
    """Kontaktperson (contact)"""

    __slots__ = ()
    _type_name = 'contact'
    _keys = ('name', 'email', 'roles',)

    @property
    def name(self) -> str | None:
        """Namn (name)"""
        return get_string(self, 'name')

    @name.setter
    def name(self, value: str | None) -> None:
        set_string(self, 'name', value)

    @property
    def email(self) -> str | None:
        """E-post (email)"""
        return get_string(self, 'email')

    @email.setter
    def email(self, value: str | None) -> None:
        set_string(self, 'email', value)

    @property
    def roles(self) -> frozenset[ContactRole]:
        """Roller (roles)"""
        return get_enum_set(self, 'roles', ContactRole)

    @roles.setter
    def roles(self, value: Iterable[ContactRole | str] | None) -> None:
        set_enum_set(self, 'roles', ContactRole, value)


class Collaboration(Node):
    """Samverkan (collaboration)"""

    __slots__ = ()
    _type_name = 'collaboration'
    _keys = ('actor', 'label', 'description', 'ladder_step', 'ladder_note', 'challenges',)

    @property
    def actor(self) -> Actor | None:
        """Aktör, required (actor)"""
        return get_enum(self, 'actor', Actor)

    @actor.setter
    def actor(self, value: Actor | str | None) -> None:
        set_enum(self, 'actor', Actor, value)

    @property
    def label(self) -> str | None:
        """Aktörens namn (label)"""
        return get_string(self, 'label')

    @label.setter
    def label(self, value: str | None) -> None:
        set_string(self, 'label', value)

    @property
    def description(self) -> str | None:
        """Beskriv samverkan (description)"""
        return get_string(self, 'description')

    @description.setter
    def description(self, value: str | None) -> None:
        set_string(self, 'description', value)

    @property
    def ladder_step(self) -> LadderStep | None:
        """Steg i samverkanstrappan (ladder_step)"""
        return get_enum(self, 'ladder_step', LadderStep)

    @ladder_step.setter
    def ladder_step(self, value: LadderStep | str | None) -> None:
        set_enum(self, 'ladder_step', LadderStep, value)

    @property
    def ladder_note(self) -> str | None:
        """Steg i samverkanstrappan, som skrivet (ladder_note)"""
        return get_string(self, 'ladder_note')

    @ladder_note.setter
    def ladder_note(self, value: str | None) -> None:
        set_string(self, 'ladder_note', value)

    @property
    def challenges(self) -> str | None:
        """Eventuella utmaningar eller framgångsfaktorer (challenges)"""
        return get_string(self, 'challenges')

    @challenges.setter
    def challenges(self, value: str | None) -> None:
        set_string(self, 'challenges', value)


class PriorityArea(Node):
    """Prioriterat område (priority_area)"""

    __slots__ = ()
    _type_name = 'priority_area'
    _keys = ('number', 'title', 'interventions',)

    @property
    def number(self) -> int | None:
        """Nummer, required (number)"""
        return get_integer(self, 'number')

    @number.setter
    def number(self, value: int | None) -> None:
        set_integer(self, 'number', value)

    @property
    def title(self) -> str | None:
        """Prioriterat område (title)"""
        return get_string(self, 'title')

    @title.setter
    def title(self, value: str | None) -> None:
        set_string(self, 'title', value)

    @property
    def interventions(self) -> NodeList[Intervention]:
        """Insatser (interventions)"""
        return get_list(self, 'interventions', Intervention)


class Goal(Node):
    """Mål (goal)"""

    __slots__ = ()
    _type_name = 'goal'
    _keys = ('id', 'text',)

    @property
    def id(self) -> str | None:
        """Nummer, required (id)"""
        return get_string(self, 'id')

    @id.setter
    def id(self, value: str | None) -> None:
        set_string(self, 'id', value)

    @property
    def text(self) -> str | None:
        """Mål (text)"""
        return get_string(self, 'text')

    @text.setter
    def text(self, value: str | None) -> None:
        set_string(self, 'text', value)


class Position(Node):
    """Tjänst (position)"""

    __slots__ = ()
    _type_name = 'position'
    _keys = ('name', 'fte', 'from', 'funded_by',)

    @property
    def name(self) -> str | None:
        """Namn eller roll (name)"""
        return get_string(self, 'name')

    @name.setter
    def name(self, value: str | None) -> None:
        set_string(self, 'name', value)

    @property
    def fte(self) -> decimal.Decimal | None:
        """Årsarbetskrafter (fte)"""
        return get_decimal(self, 'fte')

    @fte.setter
    def fte(self, value: decimal.Decimal | int | float | str | None) -> None:
        set_decimal(self, 'fte', value)

    @property
    def from_(self) -> str | None:
        """Från (from)"""
        return get_string(self, 'from')

    @from_.setter
    def from_(self, value: str | None) -> None:
        set_string(self, 'from', value)

    @property
    def funded_by(self) -> str | None:
        """Finansiering (funded_by)"""
        return get_string(self, 'funded_by')

    @funded_by.setter
    def funded_by(self, value: str | None) -> None:
        set_string(self, 'funded_by', value)


setattr(Position, 'from', Position.__dict__['from_'])


class Intervention(Node):
    """Insats (intervention)"""

    __slots__ = ()
    _type_name = 'intervention'
    _keys = ('name', 'description', 'goals', 'other_goals', 'actors', 'funding', 'service_types', 'outputs', 'effects', 'status', 'lessons', 'next_year',)

    @property
    def name(self) -> str | None:
        """Planerad insats (name)"""
        return get_string(self, 'name')

    @name.setter
    def name(self, value: str | None) -> None:
        set_string(self, 'name', value)

    @property
    def description(self) -> str | None:
        """Beskrivning (description)"""
        return get_string(self, 'description')

    @description.setter
    def description(self, value: str | None) -> None:
        set_string(self, 'description', value)

    @property
    def goals(self) -> StringList:
        """Mål i RSP (goals)"""
        return get_string_list(self, 'goals')

    @goals.setter
    def goals(self, value: Iterable[str] | None) -> None:
        set_string_list(self, 'goals', value)

    @property
    def other_goals(self) -> StringList:
        """Mål i RUS och Agenda 2030 (other_goals)"""
        return get_string_list(self, 'other_goals')

    @other_goals.setter
    def other_goals(self, value: Iterable[str] | None) -> None:
        set_string_list(self, 'other_goals', value)

    @property
    def actors(self) -> StringList:
        """Aktörer (actors)"""
        return get_string_list(self, 'actors')

    @actors.setter
    def actors(self, value: Iterable[str] | None) -> None:
        set_string_list(self, 'actors', value)

    @property
    def funding(self) -> str | None:
        """Resurser (funding)"""
        return get_string(self, 'funding')

    @funding.setter
    def funding(self, value: str | None) -> None:
        set_string(self, 'funding', value)

    @property
    def service_types(self) -> frozenset[ServiceType]:
        """Huvudsakligt serviceslag (service_types)"""
        return get_enum_set(self, 'service_types', ServiceType)

    @service_types.setter
    def service_types(self, value: Iterable[ServiceType | str] | None) -> None:
        set_enum_set(self, 'service_types', ServiceType, value)

    @property
    def outputs(self) -> NodeList[Output]:
        """Resultat i form av prestationer (outputs)"""
        return get_list(self, 'outputs', Output)

    @property
    def effects(self) -> Effects:
        """Resultat i form av effekter (effects)"""
        return get_object(self, 'effects', Effects)

    @property
    def status(self) -> Status | None:
        """Status (status)"""
        return get_enum(self, 'status', Status)

    @status.setter
    def status(self, value: Status | str | None) -> None:
        set_enum(self, 'status', Status, value)

    @property
    def lessons(self) -> str | None:
        """Vad tar vi med oss? (lessons)"""
        return get_string(self, 'lessons')

    @lessons.setter
    def lessons(self, value: str | None) -> None:
        set_string(self, 'lessons', value)

    @property
    def next_year(self) -> str | None:
        """Till nästa år (next_year)"""
        return get_string(self, 'next_year')

    @next_year.setter
    def next_year(self, value: str | None) -> None:
        set_string(self, 'next_year', value)


class Output(Node):
    """Prestation (output)"""

    __slots__ = ()
    _type_name = 'output'
    _keys = ('text', 'support_type', 'count', 'amount_sek',)

    @property
    def text(self) -> str | None:
        """Prestation, required (text)"""
        return get_string(self, 'text')

    @text.setter
    def text(self, value: str | None) -> None:
        set_string(self, 'text', value)

    @property
    def support_type(self) -> SupportType | None:
        """Stödtyp (support_type)"""
        return get_enum(self, 'support_type', SupportType)

    @support_type.setter
    def support_type(self, value: SupportType | str | None) -> None:
        set_enum(self, 'support_type', SupportType, value)

    @property
    def count(self) -> int | None:
        """Antal (count)"""
        return get_integer(self, 'count')

    @count.setter
    def count(self, value: int | None) -> None:
        set_integer(self, 'count', value)

    @property
    def amount_sek(self) -> int | None:
        """Belopp (kr) (amount_sek)"""
        return get_integer(self, 'amount_sek')

    @amount_sek.setter
    def amount_sek(self, value: int | None) -> None:
        set_integer(self, 'amount_sek', value)


class Effects(Node):
    """Effekter (effects)"""

    __slots__ = ()
    _type_name = 'effects'
    _keys = ('short_term', 'medium_term', 'long_term', 'general', 'basis',)

    @property
    def short_term(self) -> str | None:
        """Kort sikt (short_term)"""
        return get_string(self, 'short_term')

    @short_term.setter
    def short_term(self, value: str | None) -> None:
        set_string(self, 'short_term', value)

    @property
    def medium_term(self) -> str | None:
        """Medellång sikt (medium_term)"""
        return get_string(self, 'medium_term')

    @medium_term.setter
    def medium_term(self, value: str | None) -> None:
        set_string(self, 'medium_term', value)

    @property
    def long_term(self) -> str | None:
        """Lång sikt (long_term)"""
        return get_string(self, 'long_term')

    @long_term.setter
    def long_term(self, value: str | None) -> None:
        set_string(self, 'long_term', value)

    @property
    def general(self) -> str | None:
        """Effekter (general)"""
        return get_string(self, 'general')

    @general.setter
    def general(self, value: str | None) -> None:
        set_string(self, 'general', value)

    @property
    def basis(self) -> EffectsBasis | None:
        """Uppnådda eller förväntade (basis)"""
        return get_enum(self, 'basis', EffectsBasis)

    @basis.setter
    def basis(self, value: EffectsBasis | str | None) -> None:
        set_enum(self, 'basis', EffectsBasis, value)


CLASSES = bind_types(Report, Region, Program, Demand, Staffing, Contact, Collaboration, PriorityArea, Goal,
                     Position, Intervention, Output, Effects)
