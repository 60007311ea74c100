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