#!/usr/bin/env python3
"""Builds follow-up forms (.docx) with python-docx, holding the text of the
seed form (Jämtland Härjedalen 2023, shared/seeds), laid out as the real form:
numbered questions, question tables, nested tables of roles and FTE, and one
table per priority area with heading rows and X columns.

    make_form.py OUT.docx [EDIT...]

EDITs are the hand edits regions make: merged (a goal cell merged down over two
interventions, heading cells merged), added-row (a row added under an
intervention, and under an actor), empty-row (empty rows in each table),
lower-x (marks written x), joined-bullets (bullet lines joined in one
paragraph), fte-text (an FTE cell with text around the number), split-rows
(rows split over pages, as in the seed's text), joined-lines (output lines
written without bullets, two of them joined in one paragraph), unclear-output
(an output line with two amounts that are not two outputs).

Further EDITs are forms no one on the team had seen, as regions might make
them: one-heading-row (part B's column headings and service types in one
row), paragraphs (answers in several paragraphs, empty ones between),
trailing-table (an empty table at the end), reworded (question texts
reworded and numbered by Word, not in the text, question 5 answered),
split-table (area 3's table split in two, the second part without headings),
added-column (a column "Kostnad" added to the right of area 1's table),
fte-units (FTE written "(0,1 åa)" and "(10 %)", and a parenthesis with a
figure that is no FTE), goal-lists (goals written "Mål 1.2: …" and "1.2, 1.3"),
effect-dashes (effects written "Kort sikt – …", "Medellång sikt - …"),
content-controls (a Word template's content controls: check boxes ☒/☐ for
the marks, an empty row of check boxes, and answers left unfilled showing
their placeholder text), year-written (the year written
"Handlingsplan för verksamhetsåret: 2023"), tracked-changes (edits made
with Word's track changes on: a comment rewritten, a row of part B deleted,
a text box in question 5's answer, as Word writes it twice: for Word
2010 and as a fallback)."""
import sys

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Mm

REGION = "Jämtland Härjedalen"

DEMAND = [
    ("Investeringar kopplat till dagligvarubutiker", 2, "En ökning av antalet ansökningar. Många satsar på semiobemannad. Det är också många som tittar över energieffektiviseringar."),
    ("Investeringar kopplat till drivmedels-försäljning", 0, "Många investeringar har gjorts i stödet för korrosionsskydd vilket gör att det akuta läget är löst."),
    ("Servicebidrag", 0, "Då det riktade stödet från TVV har hjälpt många servicegivare så har det mest akuta läget för servicegivare klarats av."),
    ("Hemsändningsbidrag", 1, "Hemsändningsbidraget är för närvarande på en stabil nivå i länets kommuner. Små variationer sker år från år."),
    ("Särskilt driftstöd", 1, "Troligen oförändrat antal. Osäkerhet kring en butik som hotas av nedläggning. Kan även bli att någon butik går över maxomsättningen och därför inte kvalificeras för stödet."),
]

STAFFING = [
    ("Processledning/koordinering",
     ["Maria Kumpula (0,1), Ville Welin (0,1) & Malin Nyqvist Ljungberg (0,3)",
      "Från juli, 2023 finns en förstärkning genom: Projekt Stärkt regional kapacitet inom kommersiell service enligt nedan:"],
     [("Projektledare", "0,15"), ("Ekonom", "0,05"), ("Strateg", "0,15")]),
    ("Stödhandläggning",
     ["Ville Welin (0,1) Hemsändningsbidrag och servicebidrag kopplar till ordinarie 1:1-medel.",
      "Från juli, 2023 finns en förstärkning genom: Projekt Stärkt regional kapacitet inom kommersiell service enligt nedan:"],
     [("Hantering av nya stödärenden", "0,55")]),
]

CONTACTS = [
    ("Kontaktperson för RSP", "Malin Nyqvist Ljungberg", "malin.nyqvistljungberg@regionjh.se"),
    ("Kontaktperson för stödärenden", "Ville Welin", "ville.welin@regionjh.se"),
    ("Tillgång till sharepoint/teams", "Båda ovan", "malin.nyqvistljungberg@regionjh.se ville.welin@regionjh.se"),
]

COLLABORATION = [
    ("Kommuner", ["Via serviceforumet Service Z. Under året 2023 har fyra fysiska möten hållits i kommunerna; Östersund, Bräcke, Åre och Berg. Steg i samverkanstrappan: Samhandling"],
     "Medlemmarna i gruppen får en nära relation och olika frågor kan lyftas utan positionering eller andra hämmande faktorer. Utmaningen är kommunernas olika resurssättning för frågorna. Vi uppskattar att det blivit tuffare med prioritering av tiden för tjänstepersoner och politiker."),
    ("Länsstyrelse", ["Genom serviceforumet – Service Z. Enskilda/separata möten mellan Länsstyrelse och Region sker. Detta i syfte att planera gemensamma aktiviteter alternativt vara ett ”objektivt” bollplank i stora som små frågor. Exempelvis under framtagande av Regionalt serviceprogram 2023-2030 och handlingsplan för 2023 och 2024 samt hantering av stödärenden.",
                      "Steg i samverkanstrappan: Samhandling"], ""),
    ("Annan del av regionens organisation", ["Region Jämtland Härjedalen är ansvarig för RSP och har en viktig roll att samordna aktörer och insatser, organisera möten med Service Z samt handlägga stöd kopplat till kommersiell service.",
                                             "Ytterligare resurser har möjliggjorts under 2023 genom projektet Resurser till genomförande av regionalt serviceprogram Jämtlands län.",
                                             "Steg i samverkanstrappan: Samhandling"], ""),
    ("Näringsliv", ["Under 2023 har besök gjorts i alla länets kommuner. Besöken har genomförts tillsammans med kommunens KS ansvarige. Fokus har varit att besöka servicegivare och där informera om arbete med RSP, information om stödmöjligheter. Viktigt att få information om hur läget är för varje handlare och om det finns framtida investeringsplaner."],
     "Samma upplägg planeras under 2024."),
    ("Civilsamhälle", ["Genom arbetet med SOT-punkter samt olika stödärenden har flertalet grupperingar haft kontakt. Det är kommunerna som står för den direkta kontakten till civilsamhället. Steg i samverkanstrappan: Samtal via kommunerna"], ""),
    ("Leader", ["Under 2023 har Leaderföreningarna fått ta del av beslutat Regionalt serviceprogram 2023-2030. Steg i samverkanstrappan: Samtal"], ""),
    ("Företagsfrämjare", ["Under Service Z's möten delges goda exempel samt att den kommun som är värd för respektive träff får extra tid att berätta om hur de arbetar med kommersiell service. Under mötena har information delats via följande organisationer:",
                          "* Energikontoret", "* ReDriv - plattform för laddinfrastruktur", "* AGFO Talk", "Steg i samverkanstrappan: Samtal"], ""),
    ("Annan", [], ""),
]

RJH = ["Region Jämtland Härjedalen", "Länsstyrelsen Jämtlands Län", "Kommunerna"]
ORD = "Samtligt inom ordinarie budget"
KMS = ["Kort sikt: ny/ökad kunskap, ökade finansiella resurser och/eller tillgång till mötesplatser.",
       "Medellång sikt: tillämpning av ny kunskap och/eller nya varor/tjänster.",
       "Lång sikt: Ökad konkurrenskraft och/eller bättre tillgänglighet till service."]
K3 = ["Kort sikt: ny/ökad kunskap och/eller tillgång till mötesplatser.", "Medellång sikt: tillämpning av ny kunskap.",
      "Lång sikt: Bättre tillgänglighet till service."]
PROJ = "Inom ordinarie budget samt i projektet Resurser till genomförande av regionalt serviceprogram Jämtlands län."

# (name, goal, resources, service columns marked (0..3), outputs, effects, status)
AREAS = [
    (1, "Stärka tillgängligheten till kommersiell service för medborgare", [
        ("Vara aktiv i dialog vid förändringar på nationell nivå kopplat till kommersiell service och motverka att negativa effekter uppstår för medborgare.",
         "1.1 Ökad eller bibehållen tillgänglighet till befintliga servicefunktioner i länet.",
         ["Region Jämtland Härjedalen", "Länsstyrelsen Jämtlands län", "Kommunerna", ORD], [3],
         ["Följt upp förändringar i nationella styrmedel som tex förordningar, remisser mm. Dialog med aktörer som Post och telestyrelsen, Tillväxtverket mfl.", "-----",
          "Varit aktiv i utformning av Nyps (www.minansokan.se)", "-----", "LST - Yttrande gällande; Bevakningsrapportering inom GBT och kontantlagen.",
          "LST - Yttrande SOU 2023:16 Staten och betalningarna."],
         ["Kommersiell service är fortsatt viktigt för en hållbar utveckling i Jämtlands län. Därför behöver vi vara med i dialoger på nationell nivå.", "-----",
          "Så att den öppnas även för aktörer inom kommersiell service.", "-----",
          "Lämnat synpunkter på kontantuttag och dagskassehantering är skev. Missgynnar norra delarna av landet.",
          "Synliggör en potentiell och framtida skevhet som missgynnar norra delarna av landets medborgare.",
          "Kort sikt: tillför ökad kunskap genom remissvar.", "Medellång sikt: tillämpning av ny kunskap.", "Lång sikt: bättre tillgänglighet till service."],
         ["Fortsätter", "Viktigt med arbete på lång sikt i dessa frågor."]),
        ("Verka för att det finns regelbunden post- och paketutdelning där det finns farbar väg till folkbokförda helårsboende.",
         "1.2 Öka allmänhetens medvetenhet för betydelsen av kommersiell service på landsbygderna.", RJH + [ORD], [3],
         ["RJH lämnade yttrande gällande betänkande av postfinansieringsutredningen (SOU 2023:4) Posttjänst för hela slanten."],
         ["Kommersiell service är fortsatt viktigt för en hållbar utveckling i Jämtlands län. Därför är vi med i dialoger på nationell nivå."],
         ["Fortsätter", "Viktigt med arbete på lång sikt i dessa frågor."]),
        ("Främja navfunktionen som butiker har som mötesplats och nätverk.",
         "1.2 Öka allmänhetens medvetenhet för betydelsen av kommersiell service på landsbygderna.", RJH, [3],
         ["Invigning av två SOT-punkter Lillhärdal (Härjedalens kn) och Borgvattnet (Ragunda kn). Där medverkade förutom butiken även skolan och civilsamhället."], [],
         ["Fortsätter", "Vi tar med oss att dessa processer tar tid."]),
        ("Verka för ökad medvetenhet gällande betydelsen av kommersiell service på landsbygderna samt möjligheter för nyttjande av kommersiell service som tex hemsändning och annan kommersiell service.",
         "1.2 Öka allmänhetens medvetenhet för betydelsen av kommersiell service på landsbygderna.", RJH + [ORD], [3],
         ["Dialog under året mellan offentliga aktörer för att lyfta serviceutvecklingsfrågor."], [],
         ["Fortsätter", "Vi planerar ökad aktivitet under 2024."]),
        ("Engagera civilsamhället i uppstart och drift av SOT-punkter",
         "1.3 Ökad samverkan gällande krisberedskap mellan civilsamhälle, servicegivare och offentliga aktörer.", RJH + [ORD], [3],
         ["Dialog med kommuner där LST har säkerställt att civilsamhället finns med som aktör. Förutom invigningen av SOT-punkter i Lillhärdal och Borgvattnet är SOT-punkter på gång att etableras i Valsjöbyn och Rötvikens i Krokoms kn samt Hallen, Åre kn."],
         ["Kort sikt: Ökad tillgång till mötesplatser i händelse av samhällsstörning.", "Medellång sikt: tillämpning av nya tjänster.",
          "Lång sikt: Ökad konkurrenskraft och/eller bättre tillgänglighet till service i händelse av samhällsstörning."],
         ["Fortsätter", "Fortsätter"]),
    ]),
    (2, "Stärka förutsättningarna för servicegivare med stöd och rådgivning", [
        ("Sprida kunskap om olika typer av stöd hos befintliga och möjliga servicegivare i länet tex investeringsbidrag och investeringslån, servicebidrag, stöd till grundläggande betaltjänster mfl.",
         "2.1 Bibehållen och utvecklad service på landsbygderna.",
         ["Region Jämtland Härjedalen", "Länsstyrelsen Jämtlands län", "Inom budget för projektet Resurser till genomförande av regionalt serviceprogram Jämtlands län."], [0, 1, 2],
         ["Löpande dialog med servicegivare i stödansökningsprocesser. Arbeta för att kommunicera ut stöd. Antal beslutade stöd:",
          "* Hemsändning 8 st 1 537 062 kr", "* Servicebidrag 7st 1 007 710 kr", "* Investeringsbidrag 12 st, 3 482 980 kr",
          "* Stöd till korrosionskydd 3 st, 1 745 475 kr", "* Antal fysiska företagsbesök: 22 st",
          "Företagsbesöken har skett i samverkan mellan RJH och kommunerna samt i vissa fall även med Lst. Förutom detta sker samtal och digitala möten löpande."],
         KMS, ["Fortsätter", "Viktigt med återkommande insatser för servicegivare."]),
        ("Bidra till att digitaliseringens möjligheter tas tillvara.",
         "2.2 Verka för ökad kännedom om nya metoder för att öka servicegivarnas möjligheter till en ekonomisk och miljömässig hållbarhet.",
         ["Region Jämtland Härjedalen", "Länsstyrelsen Jämtlands län", "Kommunerna"], [0, 1, 2],
         ["Information om plattformen ReDriv (ökad laddinfrastruktur) Information delges vid företagsbesök. Företagsbesöken har skett i samverkan mellan RJH och kommunerna samt i vissa fall även Lst."],
         KMS, ["Fortsätter", "Viktigt med återkommande insatser för servicegivare."]),
        ("Verka för ökade investeringar i energieffektivisering och annan miljömässig hållbarhet.",
         "2.2 Verka för ökad kännedom om nya metoder för att öka servicegivarnas möjligheter till en ekonomisk och miljömässig hållbarhet.",
         ["Region Jämtland Härjedalen", "Energikontoret", ORD], [0, 1, 2],
         ["RJH har ett stöderbjudande som kommuniceras till servicegivare. Energikontoret marknadsför också olika möjligheter till energieffektivisering. Information delges vid företagsbesök. Sker i samverkan mellan RJH och kommunerna samt i vissa fall även Lst."],
         KMS, ["Fortsätter", "Viktigt med återkommande insatser för servicegivare."]),
    ]),
    (3, "Stärka samordningen mellan offentliga intressenter", [
        ("Fortsatt processtöd till kommunerna för arbetet med att ta fram serviceplaner, samt tillämpning av fastställda serviceplaner.",
         "3.1 Ökad samverkan mellan kommuner och offentliga aktörer på regional nivå.",
         ["Region Jämtland Härjedalen", "Kommunerna", "Länsstyrelsen Jämtlands län", PROJ], [3],
         ["Fortsatt metodstöd i nätverket Service Z.", "-----", "Stödja kommunerna att etablera servicefrågan i ett bredare perspektiv i samverkansgrupper eller liknande inom kommunen.", "-----",
          "Samordning av nätverket Service Z: Under året 2023 har 4 fysiska möten hållits i kommunerna; Östersund, Bräcke, Åre och Berg."],
         K3, ["Fortsätter", "Viktigt med arbete på lång sikt i dessa frågor."]),
        ("Verka för att alla kommuner har en aktuell plan för kommersiell service som underlag för stödgivning.",
         "3.1 Ökad samverkan mellan kommuner och offentliga aktörer på regional nivå.", ["Länets kommuner", "Inom ordinarie budget."], [3],
         ["Alla kommunerna har påbörjat arbetet att ta fram en serviceplan. Krokoms kommun är beslutad under 2023."],
         ["Under processen med kommunala serviceplaner sker möten & dialoger internt inom kommunala förvaltningar samt externa intervjuer med servicegivare, föreningar och medborgare."] + K3,
         ["Fortsätter", "Under 2024 är målet att alla kommunerna fortsatt arbetet med sin serviceplan. Minst två kommuner har beslutat sina planer innan årsskiftet 2024-12-31."]),
        ("Verka för samverkan med andra närliggande län tex i gemensamma projekt.",
         "3.2 Ökad samverkan mellan offentliga aktörer på länsnivå och nationell nivå inom servicefrågor.",
         ["Länsstyrelsen Jämtlands län", "Region Jämtland Härjedalen", "Kommuner", PROJ], [3],
         ["Kontaktskapande aktiviteter för att hitta gemensamma behov och se över möjligheterna till samverkan inom projekt.",
          "SOT - Kontakter finns med närliggande norrlandslän. Servicefrågor har diskuterats med myndigheter som MSB och Försvarsmakten.",
          "Samverkan mellan de fyra norrlandslänen har startats upp. Ett digitalt möte har skett. RVN deltog på ett möte med Service Z."],
         K3, ["Fortsätter", "Ytterligare samverkan planeras under 2024."]),
        ("Samverka på nationell nivå för att lyfta frågor gällande kommersiell service",
         "3.2 Ökad samverkan mellan offentliga aktörer på länsnivå och nationell nivå inom servicefrågor.", [PROJ], [3],
         ["TVV beviljade projektet Resurser till genomförande av regionalt serviceprogram Jämtlands län.",
          "Investeringsmedlen inom landsbygdsprogrammet (LST) är nu upparbetade.", "Föredragit betydelsen av kommersiell service under besök av OECD-delegation.",
          "Deltagit i erfarenhetsutbyte arrangerat av TVV i Växjö och Östersund/Krokom."],
         ["Kort sikt: ny/ökad kunskap, ökade finansiella resurser och/eller tillgång till mötesplatser.", "Medellång sikt: tillämpning av ny kunskap.",
          "Lång sikt: Bättre tillgänglighet till service.", "Viktigt att samverkan gällande kommersiell service fortsätter."], []),
        ("Informationsinsatser för tjänstemän och politiker gällande servicerelaterade frågor",
         "3.3 Tjänstemän och politiker är väl insatta i betydelsen av servicerelaterade frågor",
         ["Region Jämtland Härjedalen", "Länsstyrelsen Jämtlands län", "Kommuner"], [3],
         ["RJH har medverkat i dragnings för politiker i samhällsbyggnadsnämnden tillsammans med landsbygdsutvecklare i Härjedalens kommun."],
         K3, ["Viktigt med återkommande arbete för att utbilda nya tjänstemän och politiker."]),
        ("Arbeta proaktivt i spridande av information samt i handläggning av stöd för servicegivare.",
         "3.3 Tjänstemän och politiker är väl insatta i betydelsen av servicerelaterade frågor",
         ["Region Jämtland Härjedalen", "Länsstyrelsen Jämtlands län", "Kommuner", PROJ], [3],
         ["Fortsatt dialog i Service Z kring hemsändning, posthantering och riktlinjer för stödhantering."],
         K3, ["Fortsätter", "Viktigt med arbete på lång sikt i dessa frågor."]),
    ]),
]

# Question texts as a region rewrote them, numbered by Word (not in the text).
REWORDED = [
    "Hur bedömer regionen att efterfrågan på de olika stödtyperna kommer att utvecklas de två kommande åren?",
    "Finns det någon annan framtidsspaning som ni vill dela med er av?",
    "Hur stora personalresurser har regionen avsatt för arbetet under året (årsarbetskrafter)?",
    "Vilka personer i regionen är kontaktpersoner mot Tillväxtverket?",
    "Beskriv hur regionen under året har arbetat för att främja tillgängligheten till kommersiell service i "
    "serviceglesa områden.",
    "Vilka aktörer deltar i samverkan kring programmet, och på vilket steg i samverkanstrappan?",
]
ACCESSIBILITY = ["Vi har besökt alla butiker i länet under året.", "Utmaningen är avstånden."]

SERVICE = ["Dagligvaror", "Drivmedel", "Ombud för posttjänst, betaltjänst eller apotek", "Bredare sammanhang"]


def fill(cell, lines):
    """The cell's text, a paragraph per line (a cell starts with one empty paragraph)."""
    lines = list(lines) or [""]
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


TEXT_BOX = "Se även vår rapport om semiobemannade butiker."
PLACEHOLDER = "Klicka eller tryck här för att ange text."
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def check_box(cell, checked):
    """A check box content control (Word 2010's w14:checkbox) in the cell: ☒ or ☐."""
    cell.paragraphs[0]._p.append(parse_xml(
        '<w:sdt %s %s><w:sdtPr><w14:checkbox><w14:checked w14:val="%d"/></w14:checkbox></w:sdtPr>'
        '<w:sdtContent><w:r><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
        % (nsdecls("w"), W14, checked, "☒" if checked else "☐")))


def unfilled(paragraph):
    """The paragraph replaced by a content control left unfilled, showing its placeholder text."""
    sdt = parse_xml('<w:sdt %s><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>%s</w:t></w:r>'
                    '</w:p></w:sdtContent></w:sdt>' % (nsdecls("w"), PLACEHOLDER))
    paragraph._p.addprevious(sdt)
    paragraph._p.getparent().remove(paragraph._p)


def tracked(cell, deleted, inserted):
    """The cell's text deleted and new text inserted, with track changes on."""
    p = cell.paragraphs[0]
    for r in list(p.runs):
        p._p.remove(r._r)
    p._p.append(parse_xml('<w:del %s w:id="1" w:author="Region" w:date="2024-01-20T10:00:00Z"><w:r><w:delText>%s'
                          '</w:delText></w:r></w:del>' % (nsdecls("w"), deleted)))
    p._p.append(parse_xml('<w:ins %s w:id="2" w:author="Region" w:date="2024-01-20T10:00:00Z"><w:r><w:t>%s</w:t>'
                          '</w:r></w:ins>' % (nsdecls("w"), inserted)))


def deleted_row(table, cells):
    """A row of the table deleted with track changes on: its text is deleted text."""
    row = table.add_row()
    row._tr.get_or_add_trPr().append(parse_xml('<w:del %s w:id="3" w:author="Region" w:date="2024-01-20T10:00:00Z"/>'
                                               % nsdecls("w")))
    for k, text in cells.items():
        row.cells[k].paragraphs[0]._p.append(parse_xml(
            '<w:del %s w:id="4" w:author="Region" w:date="2024-01-20T10:00:00Z"><w:r><w:delText>%s</w:delText>'
            '</w:r></w:del>' % (nsdecls("w"), text)))


def text_box(paragraph, text):
    """A text box in the paragraph as Word writes it: the drawing and, for older readers, a VML fallback."""
    box = ('<w:txbxContent><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:txbxContent>' % text)
    paragraph._p.append(parse_xml(
        '<w:r %s xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>'
        '<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>%s</wps:txbx></wps:wsp></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shape><v:textbox>%s</v:textbox></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>' % (nsdecls("w"), box, box)))


def build(path, edits, interventions=None):
    """Writes the form to path with the given hand edits; `interventions`, when given, repeats the
    seed's interventions round the three areas until there are that many (for benchmarks)."""
    mark = "x" if "lower-x" in edits else "X"
    areas = AREAS
    if interventions:
        seed = [i for _, _, items in AREAS for i in items]
        areas = [(n, title, [seed[k % len(seed)] for k in range(interventions) if k % 3 == n - 1])
                 for n, title, _ in AREAS]
    d = docx.Document()

    def question(number, text):
        d.add_paragraph(REWORDED[number - 1] if "reworded" in edits else text)
    d.add_paragraph("Frågor för uppföljning av regionala serviceprogram 2022–2030")
    d.add_paragraph("De regioner som väljer att ta fram och genomföra regionala serviceprogram ska årligen till "
                    "Tillväxtverket redovisa hur arbetet fortlöper.")
    d.add_paragraph("Region: " + REGION)
    question(1, "1. Hur bedömer regionen att efterfrågan av respektive stödtyp kommer att utvecklas de kommande två åren? Lämna kommentar:")
    for b in ("som förklarar vad som ligger till grund för er bedömning att efterfrågan minskar eller ökar.",
              "om budget för en stödtyp inte räcker i förhållande till efterfrågan av stödet.",
              "om en stödtyp inte används eller inte prioriteras i ert län."):
        d.add_paragraph("- " + b)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    fill(t.rows[0].cells[0], ["Stödtyp"])
    fill(t.rows[0].cells[1], ["Min-skar"])
    fill(t.rows[0].cells[2], ["Oför-ändr"])
    fill(t.rows[0].cells[3], ["Ökar"])
    fill(t.rows[0].cells[4], ["Kommentar"])
    for i, (label, trend, comment) in enumerate(DEMAND):
        if "empty-row" in edits and i == 3:
            t.add_row()
        c = t.add_row().cells
        fill(c[0], [label])
        if "content-controls" in edits:
            for k in range(3):
                check_box(c[1 + k], k == trend)
        else:
            fill(c[1 + trend], [mark])
        if "tracked-changes" in edits and label == "Servicebidrag":
            tracked(c[4], "Gammal kommentar.", comment)
        else:
            fill(c[4], comment.replace(". ", ".\n\n").split("\n") if "paragraphs" in edits else [comment])
    question(2, "2. Har ni någon annan framtidsspaning som ni vill dela med er av?")
    d.add_paragraph("Stort fokus på semiobemannat. Många butiker tittar över energieffektiviseringar.")
    question(3, "3. Hur mycket personalresurser har regionen avsatt för arbetet med regionalt serviceprogram under året? "
                "Ange årsarbetskrafter utifrån att en halvtid motsvarar 0,5 årsarbetskrafter och att en heltid motsvarar 1,0 årsarbetskrafter.")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    fill(t.rows[0].cells[1], ["Årsarbetskrafter"])
    for label, paragraphs, roles in STAFFING:
        c = t.add_row().cells
        fill(c[0], [label])
        if "fte-units" in edits and label.startswith("Processledning"):
            paragraphs = ["Maria Kumpula (0,1 åa), Ville Welin (10 %) & Malin Nyqvist Ljungberg (0,3)",
                          "Malin Nyqvist Ljungberg är tjänstledig (2 mån) under hösten."] + paragraphs[1:]
        fill(c[1], paragraphs)
        nested = c[1].add_table(rows=0, cols=2)
        for name, fte in roles:
            if "fte-text" in edits and name == "Hantering av nya stödärenden":
                fte = "ca " + fte + " åa (från juli)"
            r = nested.add_row().cells
            fill(r[0], [name])
            fill(r[1], [fte])
        c[1].add_paragraph("")
        if "empty-row" in edits:
            t.add_row()
    question(4, "4. Vem eller vilka personer inom regionen ska vara kontaktpersoner gentemot Tillväxtverket? Ange namn och e-post.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    fill(t.rows[0].cells[1], ["Namn"])
    fill(t.rows[0].cells[2], ["E-post"])
    for role, name, email in CONTACTS:
        c = t.add_row().cells
        fill(c[0], [role])
        fill(c[1], [name])
        fill(c[2], [email])
    question(5, "5. Beskriv hur arbetet med att främja tillgänglighet till kommersiell service i serviceglesa områden genomförts under året. "
                "Beskriv även eventuella utmaningar eller framgångsfaktorer.")
    if "content-controls" in edits:
        unfilled(d.add_paragraph(""))
    if "tracked-changes" in edits:
        text_box(d.add_paragraph(ACCESSIBILITY[0]), TEXT_BOX)
    if "reworded" in edits:
        d.add_paragraph(ACCESSIBILITY[0])
    elif "paragraphs" in edits:
        d.add_paragraph(ACCESSIBILITY[0])
        d.add_paragraph("")
        d.add_paragraph(ACCESSIBILITY[1])
    question(6, "6. Vilka aktörer ingår i samverkan kring det regionala serviceprogrammet? Beskriv (där det är relevant) hur ni samverkar "
                "med olika aktörer och på vilket steg i samverkanstrappan som finns i Metodstöd för regionala serviceprogram. "
                "Beskriv också eventuella utmaningar eller framgångsfaktorer.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(("Aktör", "Beskriv samverkan", "Eventuella utmaningar eller framgångsfaktorer")):
        fill(t.rows[0].cells[i], [h])
    for actor, description, challenges in COLLABORATION:
        description = list(description)
        if "joined-bullets" in edits and actor == "Företagsfrämjare":
            description = [" ".join(description[:4]), description[4]]
        if "split-rows" in edits and actor == "Näringsliv":
            head, tail = description[0].split(" och om det ")
            c = t.add_row().cells
            fill(c[0], [actor])
            fill(c[1], [head + " och om det"])
            fill(c[2], [challenges])
            c = t.add_row().cells
            fill(c[1], ["finns framtida investeringsplaner."])
            continue
        c = t.add_row().cells
        fill(c[0], [actor])
        fill(c[1], description)
        if "content-controls" in edits and not description:
            unfilled(c[1].paragraphs[0])
        fill(c[2], [challenges] if challenges else [])
        if "added-row" in edits and actor == "Leader":
            c = t.add_row().cells
            fill(c[1], ["Ett gemensamt möte med Leaderområdena hölls i december."])
    section = d.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    d.add_paragraph("Uppföljning och redovisning av insatser i regionalt serviceprogram")
    d.add_paragraph("Region: " + REGION)
    for number, title, items in areas:
        d.add_paragraph("Prioriterat område %d. %s" % (number, title))
        one_row = "one-heading-row" in edits
        added_column = "added-column" in edits and number == 1
        t = d.add_table(rows=2 if one_row else 3, cols=11 if added_column else 10)
        t.style = "Table Grid"
        h = t.rows[0].cells
        a = h[0].merge(h[6])
        fill(a, ["Handlingsplan för verksamhetsåret: 2023" if "year-written" in edits else
                 "Handlingsplan för verksamhetsår 2023"])
        b = h[7].merge(h[8])
        fill(b, ["Uppföljning av verksamhetsår 2023"])
        fill(h[9], ["Till nästa år, 2024"])
        h = t.rows[1].cells
        fill(h[0], ["Planerade insatser", "Namn och beskrivning."])
        fill(h[1], ["Mål", "Mål i RSP (samt ev. i RUS och Agenda 2030) som insatsen ska leda till."])
        fill(h[2], ["Resurser", "Vilka aktörer ska genomföra insatsen och med vilka resurser?"])
        if one_row:
            fill(h[3], ["Huvudsakligt serviceslag, markera med X:", SERVICE[0]])
            for k, label in enumerate(SERVICE[1:], start=4):
                fill(h[k], [label])
        else:
            fill(h[3].merge(h[6]), ["Huvudsakligt serviceslag", "Markera med X."])
        fill(h[7], ["Resultat i form av prestationer", "Vilka aktiviteter har genomförts?"])
        fill(h[8], ["Resultat/förväntade resultat i form av effekter på kort, medellång och lång sikt",
                    "Vad har förändrats? Eller, vad tror vi kommer att förändras?"])
        fill(h[9], ["Status", "Klar/Fortsätter", "Vad tar vi med oss?"])
        if added_column:
            fill(h[10], ["Kostnad"])
        if "merged" in edits and not one_row:
            for k in (0, 1, 2, 7, 8, 9):
                t.cell(1, k).merge(t.cell(2, k))
        for k, label in enumerate(SERVICE if not one_row else []):
            fill(t.rows[2].cells[3 + k], [label])
        previous = None
        for i, (name, goal, resources, marks, outputs, effects, status) in enumerate(items):
            if "joined-bullets" in edits and outputs and outputs[1:2] and outputs[1].startswith("* "):
                outputs = [outputs[0], " ".join(outputs[1:6]), outputs[6]]
            if "joined-lines" in edits and outputs[1:2] and outputs[1].startswith("* "):
                lines = [o[2:] if o.startswith("* ") else o for o in outputs]
                outputs = [lines[0], lines[1] + " " + lines[2]] + lines[3:]
            if "unclear-output" in edits and number == 1 and i == 0:
                outputs = outputs + ["Hemsändning 2 st 40 000 kr och i fjol 1 st 5 000 kr"]
            if "paragraphs" in edits:
                effects = [line for e in effects for line in (e, "")]
                status = status[:1] + [""] + status[1:]
            if "split-table" in edits and number == 3 and i == 3:
                d.add_paragraph("")
                t = d.add_table(rows=0, cols=10)
                t.style = "Table Grid"
            if "goal-lists" in edits and number == 1 and i in (1, 2):
                goal = "Mål " + goal.replace(" ", ": ", 1) if i == 1 else "1.2, 1.3"
            if "effect-dashes" in edits and effects == KMS:
                effects = [effects[0].replace(": ", " – ", 1), effects[1].replace(": ", " - ", 1),
                           effects[2].replace(": ", " – ", 1)]
            split = "split-rows" in edits and name.startswith("Verka för att det finns regelbunden")
            r = t.add_row()
            c = r.cells
            fill(c[0], [name.split(" paketutdelning")[0] if split else name])
            if "merged" in edits and previous is not None and previous[1] == goal and number == 1:
                t.cell(len(t.rows) - 2, 1).merge(t.cell(len(t.rows) - 1, 1))
                fill(t.cell(len(t.rows) - 1, 1), [goal])
            else:
                fill(c[1], [goal])
            fill(c[2], resources)
            for m in marks if "content-controls" not in edits else []:
                fill(c[3 + m], [mark])
            for k in range(4) if "content-controls" in edits else []:
                check_box(c[3 + k], k in marks)
            fill(c[7], outputs)
            fill(c[8], effects)
            fill(c[9], status)
            if added_column:
                fill(c[10], ["ca %d 000 kr" % (10 * (i + 1))])
            if split:
                c = t.add_row().cells
                fill(c[0], ["paketutdelning" + name.split(" paketutdelning")[1]])
            if "added-row" in edits and number == 2 and i == 0:
                c = t.add_row().cells
                fill(c[7], ["Informationsträff om stöd i Strömsund."])
            if "empty-row" in edits and i == 0:
                t.add_row()
            if "tracked-changes" in edits and number == 2 and i == 0:
                deleted_row(t, {0: "Struken insats", 7: "Hemsändning 1 st 10 000 kr"})
            if "content-controls" in edits and i == 0:
                for k in range(4):
                    check_box(t.add_row().cells[3 + k] if k == 0 else t.rows[-1].cells[3 + k], False)
            previous = (name, goal)
    if "trailing-table" in edits:
        d.add_paragraph("")
        d.add_table(rows=2, cols=3).style = "Table Grid"
        d.add_paragraph("")
    d.save(path)


if __name__ == "__main__":
    build(sys.argv[1], set(sys.argv[2:]))
