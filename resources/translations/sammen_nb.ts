<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
    <context>
        <name>ActivityScreen</name>
        <message>
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
        <message>
            <source>Show the calendar code</source>
            <translation>Vis kalenderkoden</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Show the contact person's phone number as a code</source>
            <translation>Vis telefonnummeret til kontaktpersonen som kode</translation>
        </message>
        <message>
            <source>Web page</source>
            <translation>Nettside</translation>
        </message>
        <message>
            <source>Show the web page as a code</source>
            <translation>Vis nettsida som kode</translation>
        </message>
        <message>
            <source>Send to my phone</source>
            <translation>Send til mobilen</translation>
        </message>
        <message>
            <source>Send to my phone as a calendar entry</source>
            <translation>Send til mobilen som en kalenderavtale</translation>
        </message>
        <message>
            <source>Point your phone's camera at the code to put it in your calendar.</source>
            <translation>Hold mobilkameraet mot koden for å legge det inn i kalenderen din.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Når</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Hvor</translation>
        </message>
        <message>
            <source>Who leads it</source>
            <translation>Hvem leder</translation>
        </message>
        <message>
            <source>Good to know</source>
            <translation>Godt å vite</translation>
        </message>
        <message>
            <source>Join the waiting list</source>
            <translation>Sett meg på venteliste</translation>
        </message>
        <message numerus="yes">
            <source>%n people are waiting for a seat.</source>
            <translation>
                <numerusform>%n person venter på plass.</numerusform>
                <numerusform>%n personer venter på plass.</numerusform>
            </translation>
        </message>
        <message>
            <source>You get a seat if someone cancels. We keep your place in line.</source>
            <translation>Du får plass hvis noen melder seg av. Vi tar vare på plassen din i køen.</translation>
        </message>
        <message>
            <source>Sign me up</source>
            <translation>Meld meg på</translation>
        </message>
        <message>
            <source>This time is cancelled. We are sorry.</source>
            <translation>Denne gangen er avlyst. Vi beklager.</translation>
        </message>
        <message>
            <source>This has already started, so sign-up is over.</source>
            <translation>Dette har allerede begynt, så påmeldingen er over.</translation>
        </message>
        <message>
            <source>Sign-up closed at %1. Ask the staff if there is still room.</source>
            <translation>Påmeldingen stengte klokka %1. Spør de ansatte om det fortsatt er plass.</translation>
        </message>
        <message>
            <source>This activity is no longer on the list</source>
            <translation>Denne aktiviteten er ikke lenger på lista</translation>
        </message>
        <message>
            <source>Go back and choose another activity.</source>
            <translation>Gå tilbake og velg en annen aktivitet.</translation>
        </message>
        <message>
            <source>Host: %1</source>
            <translation>Vert: %1</translation>
        </message>
    </context>
    <context>
        <name>BrowseScreen</name>
        <message>
            <source>What's on</source>
            <translation>Hva skjer</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <source>Tomorrow</source>
            <translation>I morgen</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Denne uka</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Vis</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Alt</translation>
        </message>
        <message>
            <source>Show everything</source>
            <translation>Vis alt</translation>
        </message>
        <message>
            <source>Nothing on at this time. Try another day.</source>
            <translation>Ingenting skjer da. Prøv en annen dag.</translation>
        </message>
    </context>
    <context>
        <name>CodePad</name>
        <message>
            <source>Delete</source>
            <translation>Slett</translation>
        </message>
        <message>
            <source>Delete the last character</source>
            <translation>Slett siste tegn</translation>
        </message>
    </context>
    <context>
        <name>ConfirmationScreen</name>
        <message>
            <source>Booking code: %1</source>
            <translation>Bookingkode: %1</translation>
        </message>
        <message>
            <source>Host: %1</source>
            <translation>Vert: %1</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Ferdig</translation>
        </message>
        <message>
            <source>Done, go back to the start</source>
            <translation>Ferdig, gå tilbake til start</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Skriv ut</translation>
        </message>
        <message>
            <source>Print a slip with your booking code</source>
            <translation>Skriv ut en lapp med bookingkoden</translation>
        </message>
        <message>
            <source>Your booking code</source>
            <translation>Din bookingkode</translation>
        </message>
        <message>
            <source>Write it down or keep your slip. You need the code to cancel.</source>
            <translation>Skriv den ned eller ta vare på lappen. Du trenger koden for å melde deg av.</translation>
        </message>
        <message>
            <source>Send it to your phone</source>
            <translation>Send til mobilen</translation>
        </message>
        <message>
            <source>Point your phone's camera at the code to put it in your calendar.</source>
            <translation>Hold mobilkameraet mot koden for å legge det inn i kalenderen din.</translation>
        </message>
        <message>
            <source>You have a seat!</source>
            <translation>Du har fått plass!</translation>
        </message>
        <message>
            <source>Welcome. We look forward to seeing you.</source>
            <translation>Velkommen. Vi gleder oss til å se deg.</translation>
        </message>
        <message>
            <source>You are number %1 on the waiting list</source>
            <translation>Du er nummer %1 på ventelista</translation>
        </message>
        <message>
            <source>If a seat becomes free, it is yours. Check with your code.</source>
            <translation>Blir en plass ledig, er den din. Sjekk med koden din.</translation>
        </message>
        <message>
            <source>Your sign-up is noted</source>
            <translation>Påmeldingen din er notert</translation>
        </message>
        <message>
            <source>The seat is confirmed when the kiosk is back on the network.</source>
            <translation>Plassen blir bekreftet når kiosken er tilkoblet nettet igjen.</translation>
        </message>
        <message>
            <source>Checking your seat …</source>
            <translation>Vi sjekker plassen din …</translation>
        </message>
        <message>
            <source>Just a moment. The answer comes here.</source>
            <translation>Et øyeblikk. Svaret kommer her.</translation>
        </message>
        <message>
            <source>This sign-up is cancelled</source>
            <translation>Denne påmeldingen er avmeldt</translation>
        </message>
        <message>
            <source>Booking code %1</source>
            <translation>Bookingkode %1</translation>
        </message>
        <message numerus="yes">
            <source>For you and %n more</source>
            <translation>
                <numerusform>For deg og %n til</numerusform>
                <numerusform>For deg og %n til</numerusform>
            </translation>
        </message>
        <message>
            <source>Just for you</source>
            <translation>Bare for deg</translation>
        </message>
        <message numerus="yes">
            <source>Back to the start in %n seconds</source>
            <translation>
                <numerusform>Tilbake til start om %n sekund</numerusform>
                <numerusform>Tilbake til start om %n sekunder</numerusform>
            </translation>
        </message>
        <message>
            <source>The printer is not working right now. Your sign-up is safe – please write down the code.</source>
            <translation>Skriveren virker ikke akkurat nå. Påmeldingen din er trygg – skriv ned koden.</translation>
        </message>
        <message>
            <source>Your slip is being printed. Take it from the printer.</source>
            <translation>Lappen din skrives ut. Ta den fra skriveren.</translation>
        </message>
    </context>
    <context>
        <name>DigitKeyboard</name>
        <message>
            <source>Plus</source>
            <translation>Pluss</translation>
        </message>
        <message>
            <source>Colon</source>
            <translation>Kolon</translation>
        </message>
        <message>
            <source>Full stop</source>
            <translation>Punktum</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Slett</translation>
        </message>
        <message>
            <source>Deletes the last digit</source>
            <translation>Sletter siste siffer</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <source>Today, %1</source>
            <translation>I dag, %1</translation>
        </message>
        <message>
            <source>Tomorrow, %1</source>
            <translation>I morgen, %1</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Games</source>
            <translation>Spill</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Trening</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Helse</translation>
        </message>
        <message>
            <source>Crafts</source>
            <translation>Håndarbeid</translation>
        </message>
        <message>
            <source>Music</source>
            <translation>Musikk</translation>
        </message>
        <message>
            <source>Digital help</source>
            <translation>Digital hjelp</translation>
        </message>
        <message>
            <source>Food</source>
            <translation>Mat</translation>
        </message>
        <message>
            <source>Culture</source>
            <translation>Kultur</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Avlyst</translation>
        </message>
        <message>
            <source>Already started</source>
            <translation>Har begynt</translation>
        </message>
        <message>
            <source>Sign-up closed</source>
            <translation>Påmeldingen er stengt</translation>
        </message>
        <message>
            <source>Full – waiting list</source>
            <translation>Fullt – venteliste</translation>
        </message>
        <message>
            <source>Open for sign-up</source>
            <translation>Åpen for påmelding</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Welcome!</source>
            <translation>Velkommen!</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <source>Nothing more on today. See what is on tomorrow.</source>
            <translation>Ikke mer i dag. Se hva som skjer i morgen.</translation>
        </message>
        <message>
            <source>See activities</source>
            <translation>Se aktiviteter</translation>
        </message>
        <message>
            <source>My sign-ups</source>
            <translation>Mine påmeldinger</translation>
        </message>
        <message>
            <source>My sign-ups: look up or cancel</source>
            <translation>Mine påmeldinger: se eller meld av</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Tekststørrelse</translation>
        </message>
        <message>
            <source>Normal text size</source>
            <translation>Vanlig tekststørrelse</translation>
        </message>
        <message>
            <source>Large text size</source>
            <translation>Stor tekst</translation>
        </message>
        <message>
            <source>Largest text size</source>
            <translation>Største tekst</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Høy kontrast</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more today</source>
            <translation>
                <numerusform>… og %n til i dag</numerusform>
                <numerusform>… og %n til i dag</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LetterKeyboard</name>
        <message>
            <source>Hyphen</source>
            <translation>Bindestrek</translation>
        </message>
        <message>
            <source>Apostrophe</source>
            <translation>Apostrof</translation>
        </message>
        <message>
            <source>Small or capital letter</source>
            <translation>Liten eller stor bokstav</translation>
        </message>
        <message>
            <source>The next letter the other way: small instead of capital, or capital</source>
            <translation>Neste bokstav blir motsatt: liten i stedet for stor, eller stor</translation>
        </message>
        <message>
            <source>The next letter will be a capital</source>
            <translation>Neste bokstav blir stor</translation>
        </message>
        <message>
            <source>The next letter will be small</source>
            <translation>Neste bokstav blir liten</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Mellomrom</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Slett</translation>
        </message>
        <message>
            <source>Deletes the last letter</source>
            <translation>Sletter siste bokstav</translation>
        </message>
        <message>
            <source>QWERTY</source>
            <translation>QWERTY</translation>
        </message>
        <message>
            <source>QWERTY layout</source>
            <translation>QWERTY-tastatur</translation>
        </message>
        <message>
            <source>Shows the letters in the order of a computer keyboard</source>
            <translation>Viser bokstavene som på et vanlig tastatur</translation>
        </message>
        <message>
            <source>ABC</source>
            <translation>ABC</translation>
        </message>
        <message>
            <source>Alphabetical layout</source>
            <translation>Alfabetisk tastatur</translation>
        </message>
        <message>
            <source>Shows the letters in alphabetical order, A to Å</source>
            <translation>Viser bokstavene i alfabetisk rekkefølge, A til Å</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Online</source>
            <translation>Tilkoblet</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Frakoblet</translation>
        </message>
        <message>
            <source>Sammen</source>
            <translation>Sammen</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Tilbake</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Home: back to the start</source>
            <translation>Start: tilbake til begynnelsen</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Lås</translation>
        </message>
        <message>
            <source>Lock: leave staff mode</source>
            <translation>Lås: gå ut av personalmodus</translation>
        </message>
        <message>
            <source>The time is %1</source>
            <translation>Klokka er %1</translation>
        </message>
    </context>
    <context>
        <name>MySignupsScreen</name>
        <message>
            <source>My sign-ups</source>
            <translation>Mine påmeldinger</translation>
        </message>
        <message>
            <source>Type the booking code from your slip.</source>
            <translation>Skriv inn bookingkoden fra lappen din.</translation>
        </message>
        <message>
            <source>The code you have typed</source>
            <translation>Koden du har skrevet</translation>
        </message>
        <message>
            <source>We found no sign-up with that code. Check the code on your slip.</source>
            <translation>Vi fant ingen påmelding med den koden. Sjekk koden på lappen din.</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Finn</translation>
        </message>
        <message>
            <source>Find my sign-up</source>
            <translation>Finn påmeldingen min</translation>
        </message>
        <message>
            <source>Your sign-up</source>
            <translation>Din påmelding</translation>
        </message>
        <message>
            <source>Cancel my sign-up</source>
            <translation>Meld meg av</translation>
        </message>
        <message>
            <source>Another code</source>
            <translation>En annen kode</translation>
        </message>
        <message>
            <source>Look up another code</source>
            <translation>Slå opp en annen kode</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Ferdig</translation>
        </message>
        <message>
            <source>Done, go back to the start</source>
            <translation>Ferdig, gå tilbake til start</translation>
        </message>
        <message>
            <source>Are you sure?</source>
            <translation>Er du sikker?</translation>
        </message>
        <message>
            <source>Yes, cancel it</source>
            <translation>Ja, meld meg av</translation>
        </message>
        <message>
            <source>Yes, cancel my sign-up</source>
            <translation>Ja, meld meg av</translation>
        </message>
        <message>
            <source>No, keep it</source>
            <translation>Nei, behold</translation>
        </message>
        <message>
            <source>No, keep my sign-up</source>
            <translation>Nei, behold påmeldingen</translation>
        </message>
        <message>
            <source>It has started, so it can no longer be cancelled here. Ask the staff.</source>
            <translation>Det har begynt, så du kan ikke melde deg av her lenger. Spør de ansatte.</translation>
        </message>
        <message>
            <source>Booking code: %1</source>
            <translation>Bookingkode: %1</translation>
        </message>
        <message>
            <source>You have a seat.</source>
            <translation>Du har plass.</translation>
        </message>
        <message>
            <source>You are number %1 on the waiting list.</source>
            <translation>Du er nummer %1 på ventelista.</translation>
        </message>
        <message>
            <source>Your seat is confirmed when the kiosk is back on the network.</source>
            <translation>Plassen din blir bekreftet når kiosken er tilkoblet nettet igjen.</translation>
        </message>
        <message>
            <source>We are checking for a free seat. Look again in a moment.</source>
            <translation>Vi sjekker om det er ledig plass. Se igjen om et øyeblikk.</translation>
        </message>
        <message>
            <source>This sign-up is cancelled.</source>
            <translation>Denne påmeldingen er avmeldt.</translation>
        </message>
        <message>
            <source>This activity is cancelled. We are sorry.</source>
            <translation>Denne aktiviteten er avlyst. Vi beklager.</translation>
        </message>
        <message numerus="yes">
            <source>For you and %n more</source>
            <translation>
                <numerusform>For deg og %n til</numerusform>
                <numerusform>For deg og %n til</numerusform>
            </translation>
        </message>
        <message>
            <source>Just for you</source>
            <translation>Bare for deg</translation>
        </message>
        <message>
            <source>Do you want to cancel your sign-up for %1?</source>
            <translation>Vil du melde deg av %1?</translation>
        </message>
        <message>
            <source>It has started, so it can no longer be cancelled.</source>
            <translation>Det har begynt, så du kan ikke melde deg av lenger.</translation>
        </message>
        <message>
            <source>This sign-up was already cancelled.</source>
            <translation>Denne påmeldingen var allerede avmeldt.</translation>
        </message>
        <message>
            <source>It could not be cancelled. Ask the staff.</source>
            <translation>Det gikk ikke å melde av. Spør de ansatte.</translation>
        </message>
        <message>
            <source>Your sign-up is cancelled. Thank you for letting us know.</source>
            <translation>Du er meldt av. Takk for at du sa fra.</translation>
        </message>
    </context>
    <context>
        <name>OccurrenceRowButton</name>
        <message>
            <source>Cancelled</source>
            <translation>Avlyst</translation>
        </message>
        <message>
            <source>%1 of %2 seats</source>
            <translation>%1 av %2 plasser</translation>
        </message>
        <message numerus="yes">
            <source>%n waiting</source>
            <translation>
                <numerusform>%n venter</numerusform>
                <numerusform>%n venter</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ParticipantList</name>
        <message>
            <source>Waiting list %1</source>
            <translation>Venteliste %1</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Venter på svar</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>Plass</translation>
        </message>
        <message>
            <source>%1 of %2 seats taken</source>
            <translation>%1 av %2 plasser tatt</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Antall</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Would like company or a ride</source>
            <translation>Vil ha følge eller skyss</translation>
        </message>
        <message>
            <source>Nobody is signed up.</source>
            <translation>Ingen er påmeldt.</translation>
        </message>
    </context>
    <context>
        <name>PersonRow</name>
        <message>
            <source>%1: came</source>
            <translation>%1: har kommet</translation>
        </message>
        <message>
            <source>%1: tap when they come</source>
            <translation>%1: trykk når personen kommer</translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n personer</numerusform>
            </translation>
        </message>
        <message>
            <source>Waiting list %1</source>
            <translation>Venteliste %1</translation>
        </message>
        <message>
            <source>To a seat</source>
            <translation>Gi plass</translation>
        </message>
        <message>
            <source>Give %1 a seat</source>
            <translation>Gi %1 plass</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>Plass</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Venter på svar</translation>
        </message>
        <message>
            <source>To waiting list</source>
            <translation>Til venteliste</translation>
        </message>
        <message>
            <source>Move %1 to the waiting list</source>
            <translation>Flytt %1 til ventelisten</translation>
        </message>
        <message>
            <source>Would like company or a ride</source>
            <translation>Vil ha følge eller skyss</translation>
        </message>
        <message>
            <source>Cancel sign-up</source>
            <translation>Meld av</translation>
        </message>
        <message>
            <source>Cancel the sign-up of %1</source>
            <translation>Meld av %1</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <source>Delete</source>
            <translation>Slett</translation>
        </message>
        <message>
            <source>Delete the last digit</source>
            <translation>Slett siste siffer</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>OK: open staff mode</source>
            <translation>OK: åpne personalmodus</translation>
        </message>
        <message numerus="yes">
            <source>%n digits typed</source>
            <translation>
                <numerusform>%n siffer skrevet</numerusform>
                <numerusform>%n sifre skrevet</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SignupScreen</name>
        <message>
            <source>What is your name?</source>
            <translation>Hva heter du?</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Navnet ditt</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Neste</translation>
        </message>
        <message>
            <source>Phone number (optional)</source>
            <translation>Telefonnummer (kan hoppes over)</translation>
        </message>
        <message>
            <source>Your phone number, if you want</source>
            <translation>Telefonnummeret ditt, hvis du vil</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Hopp over</translation>
        </message>
        <message>
            <source>Skip the phone number</source>
            <translation>Hopp over telefonnummeret</translation>
        </message>
        <message>
            <source>So the organiser can call you if something changes. You can skip this.</source>
            <translation>Så arrangøren kan ringe deg hvis noe endres. Du kan hoppe over dette.</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Tilbake</translation>
        </message>
        <message>
            <source>Back to the previous question</source>
            <translation>Tilbake til forrige spørsmål</translation>
        </message>
        <message>
            <source>Are you bringing anyone?</source>
            <translation>Tar du med noen?</translation>
        </message>
        <message>
            <source>One fewer</source>
            <translation>Én færre</translation>
        </message>
        <message>
            <source>One more</source>
            <translation>Én til</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktivitet</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Når</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Company or a ride</source>
            <translation>Følge eller skyss</translation>
        </message>
        <message>
            <source>Would you like company or a ride there?</source>
            <translation>Vil du ha følge eller skyss dit?</translation>
        </message>
        <message>
            <source>Someone from the centre can walk with you, or give you a lift.</source>
            <translation>Noen fra senteret kan gå sammen med deg, eller kjøre deg.</translation>
        </message>
        <message>
            <source>No, thanks</source>
            <translation>Nei takk</translation>
        </message>
        <message>
            <source>No, I do not need company or a ride</source>
            <translation>Nei, jeg trenger ikke følge eller skyss</translation>
        </message>
        <message>
            <source>Yes, please</source>
            <translation>Ja takk</translation>
        </message>
        <message>
            <source>Yes, I would like company or a ride</source>
            <translation>Ja, jeg vil gjerne ha følge eller skyss</translation>
        </message>
        <message>
            <source>Sign me up</source>
            <translation>Meld meg på</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Join the waiting list</source>
            <translation>Sett meg på venteliste</translation>
        </message>
        <message>
            <source>It is full. You will be on the waiting list, and get a seat if someone cancels.</source>
            <translation>Det er fullt. Du kommer på venteliste og får plass hvis noen melder seg av.</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Steg %1 av %2</translation>
        </message>
        <message>
            <source>Yes, staff will arrange it</source>
            <translation>Ja, de ansatte ordner det</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nei</translation>
        </message>
        <message numerus="yes">
            <source>%n companions</source>
            <translation>
                <numerusform>%n ledsager</numerusform>
                <numerusform>%n ledsagere</numerusform>
            </translation>
        </message>
        <message>
            <source>Just me</source>
            <translation>Bare meg</translation>
        </message>
        <message numerus="yes">
            <source>Me and %n more</source>
            <translation>
                <numerusform>Meg og %n til</numerusform>
                <numerusform>Meg og %n til</numerusform>
            </translation>
        </message>
        <message>
            <source>Please type your name.</source>
            <translation>Skriv navnet ditt.</translation>
        </message>
        <message numerus="yes">
            <source>The name can be at most %n letters.</source>
            <translation>
                <numerusform>Navnet kan ha høyst %n bokstav.</numerusform>
                <numerusform>Navnet kan ha høyst %n bokstaver.</numerusform>
            </translation>
        </message>
        <message>
            <source>A name needs letters. Please type your name.</source>
            <translation>Et navn trenger bokstaver. Skriv navnet ditt.</translation>
        </message>
        <message>
            <source>Please use only letters, spaces, hyphen (-) and apostrophe (').</source>
            <translation>Bruk bare bokstaver, mellomrom, bindestrek (-) og apostrof (').</translation>
        </message>
        <message>
            <source>Please type 8 digits, or + and country code.</source>
            <translation>Skriv 8 siffer, eller + og landskode.</translation>
        </message>
        <message>
            <source>You are already signed up for this. Use your booking code to see it.</source>
            <translation>Du er allerede påmeldt. Bruk bookingkoden din for å se påmeldingen.</translation>
        </message>
        <message>
            <source>Sign-up for this has closed.</source>
            <translation>Påmeldingen til dette er stengt.</translation>
        </message>
        <message>
            <source>This has already started, so sign-up is over.</source>
            <translation>Dette har allerede begynt, så påmeldingen er over.</translation>
        </message>
        <message>
            <source>This time is cancelled. We are sorry.</source>
            <translation>Denne gangen er avlyst. Vi beklager.</translation>
        </message>
        <message>
            <source>This activity is no longer on the list. Please go back and choose again.</source>
            <translation>Denne aktiviteten er ikke lenger på lista. Gå tilbake og velg på nytt.</translation>
        </message>
        <message numerus="yes">
            <source>You can bring at most %n people.</source>
            <translation>
                <numerusform>Du kan ta med høyst %n person.</numerusform>
                <numerusform>Du kan ta med høyst %n personer.</numerusform>
            </translation>
        </message>
        <message>
            <source>Sorry, that did not work, and you are not signed up. Please ask the staff.</source>
            <translation>Beklager, det gikk ikke, og du er ikke påmeldt. Spør de ansatte.</translation>
        </message>
    </context>
    <context>
        <name>Slip</name>
        <message>
            <source>Your sign-up</source>
            <translation>Din påmelding</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Når</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Hvor</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Vert</translation>
        </message>
        <message numerus="yes">
            <source>For you and %n more</source>
            <translation>
                <numerusform>For deg og %n til</numerusform>
                <numerusform>For deg og %n til</numerusform>
            </translation>
        </message>
        <message>
            <source>Your booking code</source>
            <translation>Din bookingkode</translation>
        </message>
        <message>
            <source>Keep this slip. You need the code to cancel.</source>
            <translation>Ta vare på lappen. Du trenger koden for å melde deg av.</translation>
        </message>
        <message>
            <source>Scan the code with your phone's camera to put the activity in your calendar.</source>
            <translation>Skann koden med kameraet på mobilen for å legge aktiviteten i kalenderen din.</translation>
        </message>
    </context>
    <context>
        <name>StaffActivityEditScreen</name>
        <message>
            <source>New activity</source>
            <translation>Ny aktivitet</translation>
        </message>
        <message>
            <source>Edit activity</source>
            <translation>Endre aktivitet</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tittel</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Sted</translation>
        </message>
        <message>
            <source>Host (often a volunteer)</source>
            <translation>Vert (ofte en frivillig)</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Contact's phone</source>
            <translation>Kontaktpersonens telefon</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <source>Accessibility</source>
            <translation>Tilgjengelighet</translation>
        </message>
        <message>
            <source>Add: wheelchair access</source>
            <translation>Legg til: rullestoltilgang</translation>
        </message>
        <message>
            <source>Add: hearing loop</source>
            <translation>Legg til: teleslynge</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Plasser</translation>
        </message>
        <message>
            <source>Sign-up closes before start</source>
            <translation>Påmelding stenger før start</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>Sensitive (health): no names or counts in public</source>
            <translation>Sensitiv (helse): ingen navn eller tall offentlig</translation>
        </message>
        <message>
            <source>Sensitive: the public side shows no names and no counts</source>
            <translation>Sensitiv: den offentlige siden viser verken navn eller antall</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Når</translation>
        </message>
        <message>
            <source>One date</source>
            <translation>Én dato</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Hver uke</translation>
        </message>
        <message>
            <source>Date (dd.mm.yyyy)</source>
            <translation>Dato (dd.mm.åååå)</translation>
        </message>
        <message>
            <source>From (dd.mm.yyyy)</source>
            <translation>Fra (dd.mm.åååå)</translation>
        </message>
        <message>
            <source>Until (dd.mm.yyyy)</source>
            <translation>Til og med (dd.mm.åååå)</translation>
        </message>
        <message>
            <source>Starts (hh:mm)</source>
            <translation>Starter (tt:mm)</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Varighet</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <source>Save the activity</source>
            <translation>Lagre aktiviteten</translation>
        </message>
        <message>
            <source>Cancel activity</source>
            <translation>Avlys aktiviteten</translation>
        </message>
        <message>
            <source>Cancel the whole activity</source>
            <translation>Avlys hele aktiviteten</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Tilbake</translation>
        </message>
        <message>
            <source>Back without saving</source>
            <translation>Tilbake uten å lagre</translation>
        </message>
        <message>
            <source>Yes, cancel it</source>
            <translation>Ja, avlys</translation>
        </message>
        <message>
            <source>No, go back</source>
            <translation>Nei, gå tilbake</translation>
        </message>
        <message>
            <source>Wheelchair access</source>
            <translation>Rullestoltilgang</translation>
        </message>
        <message>
            <source>Hearing loop</source>
            <translation>Teleslynge</translation>
        </message>
        <message>
            <source>Write the dates as dd.mm.yyyy.</source>
            <translation>Skriv datoene som dd.mm.åååå.</translation>
        </message>
        <message>
            <source>Write the time as hh:mm.</source>
            <translation>Skriv klokkeslettet som tt:mm.</translation>
        </message>
        <message>
            <source>Choose at least one weekday.</source>
            <translation>Velg minst én ukedag.</translation>
        </message>
        <message numerus="yes">
            <source>Saved. %n dates off the new pattern still have people signed up: they are kept; cancel them from the list if they should go.</source>
            <translation>
                <numerusform>Lagret. %n dato utenfor det nye mønsteret har fortsatt påmeldte: den beholdes; avlys den fra listen hvis den skal bort.</numerusform>
                <numerusform>Lagret. %n datoer utenfor det nye mønsteret har fortsatt påmeldte: de beholdes; avlys dem fra listen hvis de skal bort.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel every coming date of “%1”? People who signed up stay on the lists so you can call them.</source>
            <translation>Avlyse alle kommende datoer for «%1»? De påmeldte blir stående på listene, så du kan ringe dem.</translation>
        </message>
    </context>
    <context>
        <name>StaffAuditScreen</name>
        <message>
            <source>Audit log: the last 200 staff actions</source>
            <translation>Logg: de siste 200 handlingene fra personalet</translation>
        </message>
        <message>
            <source>opened staff mode</source>
            <translation>åpnet personalmodus</translation>
        </message>
        <message>
            <source>locked staff mode</source>
            <translation>låste personalmodus</translation>
        </message>
        <message>
            <source>wrong PIN</source>
            <translation>feil PIN</translation>
        </message>
        <message>
            <source>PIN pad paused</source>
            <translation>PIN-tastaturet satt på pause</translation>
        </message>
        <message>
            <source>added staff user</source>
            <translation>la til en ansatt</translation>
        </message>
        <message>
            <source>removed staff user</source>
            <translation>fjernet en ansatt</translation>
        </message>
        <message>
            <source>created activity</source>
            <translation>opprettet aktivitet</translation>
        </message>
        <message>
            <source>edited activity</source>
            <translation>endret aktivitet</translation>
        </message>
        <message>
            <source>cancelled activity</source>
            <translation>avlyste aktivitet</translation>
        </message>
        <message>
            <source>changed a date</source>
            <translation>endret en dato</translation>
        </message>
        <message>
            <source>cancelled a date</source>
            <translation>avlyste en dato</translation>
        </message>
        <message>
            <source>reinstated a date</source>
            <translation>gjenopprettet en dato</translation>
        </message>
        <message>
            <source>signed someone up</source>
            <translation>meldte på en person</translation>
        </message>
        <message>
            <source>gave a seat</source>
            <translation>ga plass</translation>
        </message>
        <message>
            <source>moved to the waiting list</source>
            <translation>flyttet til venteliste</translation>
        </message>
        <message>
            <source>cancelled a sign-up</source>
            <translation>meldte av en person</translation>
        </message>
        <message>
            <source>imported a sign-up list</source>
            <translation>leste inn en påmeldingsliste</translation>
        </message>
        <message>
            <source>marked as come</source>
            <translation>merket som kommet</translation>
        </message>
        <message>
            <source>unmarked as come</source>
            <translation>fjernet merket «kommet»</translation>
        </message>
        <message>
            <source>exported a list</source>
            <translation>tok ut en liste</translation>
        </message>
        <message>
            <source>changed settings</source>
            <translation>endret innstillinger</translation>
        </message>
        <message>
            <source>wiped old personal data</source>
            <translation>slettet gamle personopplysninger</translation>
        </message>
        <message>
            <source>closed the kiosk</source>
            <translation>lukket kiosken</translation>
        </message>
        <message>
            <source>(nobody signed in)</source>
            <translation>(ingen logget inn)</translation>
        </message>
    </context>
    <context>
        <name>StaffCorner</name>
        <message>
            <source>Staff: hold for three seconds</source>
            <translation>Personale: hold inne i tre sekunder</translation>
        </message>
    </context>
    <context>
        <name>StaffHomeScreen</name>
        <message>
            <source>Staff mode</source>
            <translation>Personalmodus</translation>
        </message>
        <message>
            <source>Signed in: %1</source>
            <translation>Logget inn: %1</translation>
        </message>
        <message>
            <source>New activity</source>
            <translation>Ny aktivitet</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Innstillinger</translation>
        </message>
        <message>
            <source>Kiosk settings and staff users</source>
            <translation>Innstillinger og ansatte</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Logg</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Lås</translation>
        </message>
        <message>
            <source>Lock: leave staff mode</source>
            <translation>Lås: gå ut av personalmodus</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>Det som kommer</translation>
        </message>
        <message>
            <source>Nothing planned yet. Tap “New activity”.</source>
            <translation>Ingenting planlagt ennå. Trykk «Ny aktivitet».</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Tilkoblet</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Frakoblet</translation>
        </message>
        <message numerus="yes">
            <source>%n waiting to be sent</source>
            <translation>
                <numerusform>%n venter på å bli sendt</numerusform>
                <numerusform>%n venter på å bli sendt</numerusform>
            </translation>
        </message>
        <message>
            <source>oldest %1</source>
            <translation>eldste %1</translation>
        </message>
        <message>
            <source>last sent %1</source>
            <translation>sist sendt %1</translation>
        </message>
        <message>
            <source>last fetched %1</source>
            <translation>sist hentet %1</translation>
        </message>
        <message numerus="yes">
            <source>%n seats lent for sign-ups without the network</source>
            <translation>
                <numerusform>%n plass i reserve for påmelding uten nett</numerusform>
                <numerusform>%n plasser i reserve for påmelding uten nett</numerusform>
            </translation>
        </message>
        <message>
            <source>the central database needs a newer Sammen</source>
            <translation>den sentrale databasen krever en nyere Sammen</translation>
        </message>
        <message>
            <source>last error: %1</source>
            <translation>siste feil: %1</translation>
        </message>
        <message>
            <source>Sync: </source>
            <translation>Synkronisering: </translation>
        </message>
    </context>
    <context>
        <name>StaffParticipantsScreen</name>
        <message>
            <source>Add a person</source>
            <translation>Legg til person</translation>
        </message>
        <message>
            <source>Add a person who phoned in</source>
            <translation>Legg til en som ringte</translation>
        </message>
        <message>
            <source>Change this date</source>
            <translation>Endre denne datoen</translation>
        </message>
        <message>
            <source>Edit the activity</source>
            <translation>Endre aktiviteten</translation>
        </message>
        <message>
            <source>Save as CSV</source>
            <translation>Lagre som CSV</translation>
        </message>
        <message>
            <source>Save the list as CSV</source>
            <translation>Lagre listen som CSV</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Lagre som PDF</translation>
        </message>
        <message>
            <source>Save the list as PDF</source>
            <translation>Lagre listen som PDF</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Skriv ut</translation>
        </message>
        <message>
            <source>Print the list</source>
            <translation>Skriv ut listen</translation>
        </message>
        <message>
            <source>Nobody is signed up yet.</source>
            <translation>Ingen er påmeldt ennå.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Phone (optional)</source>
            <translation>Telefon (valgfritt)</translation>
        </message>
        <message>
            <source>Companions</source>
            <translation>Følge</translation>
        </message>
        <message>
            <source>Sign up</source>
            <translation>Meld på</translation>
        </message>
        <message>
            <source>Back to the list</source>
            <translation>Tilbake til listen</translation>
        </message>
        <message>
            <source>Change this date only</source>
            <translation>Endre bare denne datoen</translation>
        </message>
        <message>
            <source>Date (dd.mm.yyyy)</source>
            <translation>Dato (dd.mm.åååå)</translation>
        </message>
        <message>
            <source>Starts (hh:mm)</source>
            <translation>Starter (tt:mm)</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Varighet</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Plasser</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <source>Save this date</source>
            <translation>Lagre denne datoen</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No, go back</source>
            <translation>Nei, gå tilbake</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>avlyst</translation>
        </message>
        <message>
            <source>%1 of %2 seats taken</source>
            <translation>%1 av %2 plasser tatt</translation>
        </message>
        <message numerus="yes">
            <source>%n waiting</source>
            <translation>
                <numerusform>%n venter</numerusform>
                <numerusform>%n venter</numerusform>
            </translation>
        </message>
        <message>
            <source>Reinstate this date</source>
            <translation>Gjenopprett denne datoen</translation>
        </message>
        <message>
            <source>Cancel this date</source>
            <translation>Avlys denne datoen</translation>
        </message>
        <message>
            <source>%1 has a seat now.</source>
            <translation>%1 har plass nå.</translation>
        </message>
        <message>
            <source>%1 is first on the waiting list.</source>
            <translation>%1 står først på ventelisten.</translation>
        </message>
        <message>
            <source>Cancel the sign-up of %1?</source>
            <translation>Melde av %1?</translation>
        </message>
        <message>
            <source>The first on the waiting list gets the seat.</source>
            <translation>Den første på ventelisten får plassen.</translation>
        </message>
        <message>
            <source>Would like company or a ride</source>
            <translation>Vil ha følge eller skyss</translation>
        </message>
        <message>
            <source>Would like company or a ride: yes</source>
            <translation>Vil ha følge eller skyss: ja</translation>
        </message>
        <message>
            <source>Would like company or a ride: no</source>
            <translation>Vil ha følge eller skyss: nei</translation>
        </message>
        <message>
            <source>Please write a name with letters (1–60 characters).</source>
            <translation>Skriv et navn med bokstaver (1–60 tegn).</translation>
        </message>
        <message>
            <source>Please write 8 digits, or + and a country code.</source>
            <translation>Skriv 8 sifre, eller + og landskode.</translation>
        </message>
        <message>
            <source>Signed up on the waiting list, code %1.</source>
            <translation>Påmeldt på venteliste, kode %1.</translation>
        </message>
        <message>
            <source>Signed up with a seat, code %1.</source>
            <translation>Påmeldt med plass, kode %1.</translation>
        </message>
        <message>
            <source>Write the date as dd.mm.yyyy.</source>
            <translation>Skriv datoen som dd.mm.åååå.</translation>
        </message>
        <message>
            <source>Write the time as hh:mm.</source>
            <translation>Skriv klokkeslettet som tt:mm.</translation>
        </message>
        <message>
            <source>This date is changed; the rest of the series is as it was.</source>
            <translation>Denne datoen er endret; resten av serien er som før.</translation>
        </message>
        <message>
            <source>Cancel %1 on %2?</source>
            <translation>Avlyse %1 %2?</translation>
        </message>
        <message numerus="yes">
            <source>%n people are signed up. They stay on this list so you can call them.</source>
            <translation>
                <numerusform>%n person er påmeldt. Den blir stående på listen, så du kan ringe.</numerusform>
                <numerusform>%n personer er påmeldt. De blir stående på listen, så du kan ringe dem.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody is signed up.</source>
            <translation>Ingen er påmeldt.</translation>
        </message>
        <message numerus="yes">
            <source>The date is cancelled. Call the %n people on the list.</source>
            <translation>
                <numerusform>Datoen er avlyst. Ring den %n personen på listen.</numerusform>
                <numerusform>Datoen er avlyst. Ring de %n personene på listen.</numerusform>
            </translation>
        </message>
        <message>
            <source>The date is cancelled.</source>
            <translation>Datoen er avlyst.</translation>
        </message>
        <message>
            <source>The sign-up of %1 is cancelled.</source>
            <translation>%1 er meldt av.</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Lagret: %1</translation>
        </message>
        <message>
            <source>The list could not be saved. Is the disk full?</source>
            <translation>Listen kunne ikke lagres. Er disken full?</translation>
        </message>
        <message>
            <source>The list is on its way to the printer.</source>
            <translation>Listen er på vei til skriveren.</translation>
        </message>
        <message>
            <source>No printer answered. Save the list as PDF and print it later.</source>
            <translation>Ingen skriver svarte. Lagre listen som PDF og skriv den ut senere.</translation>
        </message>
    </context>
    <context>
        <name>StaffPinScreen</name>
        <message>
            <source>Staff</source>
            <translation>Personale</translation>
        </message>
        <message>
            <source>Enter your PIN.</source>
            <translation>Tast inn PIN-koden din.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Cancel: back to the start</source>
            <translation>Avbryt: tilbake til start</translation>
        </message>
        <message>
            <source>There is no staff user yet. Create the first one on the kiosk PC with: sammen staff add NAME</source>
            <translation>Det finnes ingen ansatte ennå. Opprett den første på kiosk-PC-en med: sammen staff add NAVN</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs. Try again in %n seconds.</source>
            <translation>
                <numerusform>For mange feil PIN-koder. Prøv igjen om %n sekund.</numerusform>
                <numerusform>For mange feil PIN-koder. Prøv igjen om %n sekunder.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrong PIN. %n tries left before a pause.</source>
            <translation>
                <numerusform>Feil PIN. %n forsøk igjen før en pause.</numerusform>
                <numerusform>Feil PIN. %n forsøk igjen før en pause.</numerusform>
            </translation>
        </message>
        <message>
            <source>The PIN could not be checked. Please try again.</source>
            <translation>PIN-koden kunne ikke sjekkes. Prøv igjen.</translation>
        </message>
    </context>
    <context>
        <name>StaffSettingsScreen</name>
        <message>
            <source>Kiosk settings</source>
            <translation>Innstillinger for kiosken</translation>
        </message>
        <message>
            <source>Name of the place</source>
            <translation>Navn på stedet</translation>
        </message>
        <message>
            <source>Language at the start</source>
            <translation>Språk ved start</translation>
        </message>
        <message>
            <source>Ask “Are you still there?” after</source>
            <translation>Spør «Er du fortsatt her?» etter</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Time to answer</source>
            <translation>Tid til å svare</translation>
        </message>
        <message>
            <source>Sign-up closes before start</source>
            <translation>Påmelding stenger før start</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>Keep names and phone numbers for</source>
            <translation>Ta vare på navn og telefonnumre i</translation>
        </message>
        <message>
            <source>days after</source>
            <translation>dager etterpå</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Lagre innstillingene</translation>
        </message>
        <message>
            <source>Close the kiosk program</source>
            <translation>Lukk kioskprogrammet</translation>
        </message>
        <message>
            <source>Leave kiosk mode</source>
            <translation>Gå ut av kioskmodus</translation>
        </message>
        <message>
            <source>Close the kiosk program, for maintenance</source>
            <translation>Lukk kioskprogrammet, for vedlikehold</translation>
        </message>
        <message>
            <source>Staff users</source>
            <translation>Ansatte</translation>
        </message>
        <message>
            <source>Add a staff user</source>
            <translation>Legg til en ansatt</translation>
        </message>
        <message>
            <source>New staff user</source>
            <translation>Ny ansatt</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>PIN (6–12 digits)</source>
            <translation>PIN (6–12 sifre)</translation>
        </message>
        <message>
            <source>PIN once more</source>
            <translation>PIN en gang til</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Legg til</translation>
        </message>
        <message>
            <source>Add the staff user</source>
            <translation>Legg til den ansatte</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Tilbake</translation>
        </message>
        <message>
            <source>Back to the settings</source>
            <translation>Tilbake til innstillingene</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>Fjern %1</translation>
        </message>
        <message>
            <source>The settings could not be saved. Is the disk full?</source>
            <translation>Innstillingene kunne ikke lagres. Er disken full?</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Lagret.</translation>
        </message>
        <message>
            <source>The last staff user cannot be removed: nobody could get in.</source>
            <translation>Den siste ansatte kan ikke fjernes: da kommer ingen inn.</translation>
        </message>
        <message>
            <source>That staff user is no longer there.</source>
            <translation>Den ansatte finnes ikke lenger.</translation>
        </message>
        <message>
            <source>%1 is removed.</source>
            <translation>%1 er fjernet.</translation>
        </message>
        <message>
            <source>%1 can now open staff mode with their PIN.</source>
            <translation>%1 kan nå åpne personalmodus med sin PIN.</translation>
        </message>
        <message>
            <source>Please write a name with letters (1–60 characters).</source>
            <translation>Skriv et navn med bokstaver (1–60 tegn).</translation>
        </message>
        <message>
            <source>There is already a staff user with that name.</source>
            <translation>Det finnes allerede en ansatt med det navnet.</translation>
        </message>
        <message>
            <source>The PIN must have 6 to 12 digits.</source>
            <translation>PIN-koden må ha 6 til 12 sifre.</translation>
        </message>
        <message>
            <source>The PIN can only have digits.</source>
            <translation>PIN-koden kan bare ha sifre.</translation>
        </message>
        <message>
            <source>That PIN is too easy to guess. Avoid 111111 and 123456.</source>
            <translation>Den PIN-koden er for lett å gjette. Unngå 111111 og 123456.</translation>
        </message>
        <message>
            <source>The two PINs are not the same.</source>
            <translation>De to PIN-kodene er ikke like.</translation>
        </message>
        <message>
            <source>That PIN cannot be used. Choose another.</source>
            <translation>Den PIN-koden kan ikke brukes. Velg en annen.</translation>
        </message>
        <message>
            <source>The staff user could not be added. Please try again.</source>
            <translation>Den ansatte kunne ikke legges til. Prøv igjen.</translation>
        </message>
    </context>
    <context>
        <name>StaffTexts</name>
        <message>
            <source>Please give the activity a title (at most 120 characters).</source>
            <translation>Gi aktiviteten en tittel (høyst 120 tegn).</translation>
        </message>
        <message>
            <source>Seats must be between 1 and 1000.</source>
            <translation>Plasser må være mellom 1 og 1000.</translation>
        </message>
        <message>
            <source>The length must be between 5 minutes and 24 hours.</source>
            <translation>Varigheten må være mellom 5 minutter og 24 timer.</translation>
        </message>
        <message>
            <source>The last date must come after the first, within a year.</source>
            <translation>Siste dato må komme etter den første, innen ett år.</translation>
        </message>
        <message>
            <source>Choose at least one weekday.</source>
            <translation>Velg minst én ukedag.</translation>
        </message>
        <message>
            <source>The contact's phone: 8 digits, or + and a country code.</source>
            <translation>Kontaktpersonens telefon: 8 sifre, eller + og landskode.</translation>
        </message>
        <message>
            <source>Sign-up must close between 0 minutes and 7 days before.</source>
            <translation>Påmeldingen må stenge mellom 0 minutter og 7 dager før.</translation>
        </message>
        <message>
            <source>It is no longer there. Another kiosk may have changed it.</source>
            <translation>Den finnes ikke lenger. En annen kiosk kan ha endret den.</translation>
        </message>
        <message>
            <source>That time has passed. Choose a time in the future.</source>
            <translation>Den tiden er passert. Velg en tid fram i tid.</translation>
        </message>
        <message>
            <source>There is no free seat. Add a seat or move someone to the waiting list first.</source>
            <translation>Det er ingen ledig plass. Legg til en plass eller flytt noen til ventelisten først.</translation>
        </message>
        <message>
            <source>This person already has a seat.</source>
            <translation>Denne personen har allerede plass.</translation>
        </message>
        <message>
            <source>This person is already on the waiting list.</source>
            <translation>Denne personen står allerede på ventelisten.</translation>
        </message>
        <message>
            <source>Please check the settings: the site needs a name.</source>
            <translation>Sjekk innstillingene: stedet trenger et navn.</translation>
        </message>
        <message>
            <source>This date is no longer there.</source>
            <translation>Denne datoen finnes ikke lenger.</translation>
        </message>
        <message>
            <source>This date is cancelled.</source>
            <translation>Denne datoen er avlyst.</translation>
        </message>
        <message>
            <source>Sign-up has closed.</source>
            <translation>Påmeldingen er stengt.</translation>
        </message>
        <message>
            <source>It has already started.</source>
            <translation>Den har allerede startet.</translation>
        </message>
        <message>
            <source>This person is already signed up.</source>
            <translation>Denne personen er allerede påmeldt.</translation>
        </message>
        <message>
            <source>At most three companions.</source>
            <translation>Høyst tre i følge.</translation>
        </message>
        <message>
            <source>This sign-up is already cancelled.</source>
            <translation>Denne påmeldingen er allerede avmeldt.</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>The kiosk's database is in use by another program. Is the kiosk already running?</source>
            <translation>Kioskens database er i bruk av et annet program. Kjører kiosken allerede?</translation>
        </message>
        <message>
            <source>The kiosk's database cannot be read.</source>
            <translation>Kioskens database kan ikke leses.</translation>
        </message>
        <message>
            <source>The kiosk's database comes from a newer version of Sammen. Upgrade first.</source>
            <translation>Kioskens database er fra en nyere versjon av Sammen. Oppgrader først.</translation>
        </message>
        <message>
            <source>The file has not been changed. Please call the staff.</source>
            <translation>Fila er ikke endret. Kontakt de ansatte.</translation>
        </message>
        <message>
            <source>The kiosk's settings file cannot be used: %1</source>
            <translation>Kioskens innstillingsfil kan ikke brukes: %1</translation>
        </message>
    </context>
    <context>
        <name>Stepper</name>
        <message>
            <source>Less: %1</source>
            <translation>Mindre: %1</translation>
        </message>
        <message>
            <source>More: %1</source>
            <translation>Mer: %1</translation>
        </message>
    </context>
    <context>
        <name>StillThereOverlay</name>
        <message numerus="yes">
            <source>In %n seconds the kiosk goes back to the start and forgets what you typed.</source>
            <translation>
                <numerusform>Om %n sekund går kiosken tilbake til start og glemmer det du har skrevet.</numerusform>
                <numerusform>Om %n sekunder går kiosken tilbake til start og glemmer det du har skrevet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Are you still there?</source>
            <translation>Er du fortsatt her?</translation>
        </message>
        <message>
            <source>Yes, I am here</source>
            <translation>Ja, jeg er her</translation>
        </message>
    </context>
    <context>
        <name>_Plurals</name>
        <message numerus="yes">
            <source>%n seats left</source>
            <translation>
                <numerusform>%n plass ledig</numerusform>
                <numerusform>%n plasser ledige</numerusform>
            </translation>
        </message>
    </context>
</TS>