<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
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
            <translation>Send til mobilen som ein kalenderavtale</translation>
        </message>
        <message>
            <source>Point your phone's camera at the code to put it in your calendar.</source>
            <translation>Hald mobilkameraet mot koden for å leggje det inn i kalenderen din.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Når</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Kvar</translation>
        </message>
        <message>
            <source>Who leads it</source>
            <translation>Kven leier</translation>
        </message>
        <message>
            <source>Good to know</source>
            <translation>Godt å vite</translation>
        </message>
        <message>
            <source>Join the waiting list</source>
            <translation>Set meg på venteliste</translation>
        </message>
        <message numerus="yes">
            <source>%n people are waiting for a seat.</source>
            <translation>
                <numerusform>%n person ventar på plass.</numerusform>
                <numerusform>%n personar ventar på plass.</numerusform>
            </translation>
        </message>
        <message>
            <source>You get a seat if someone cancels. We keep your place in line.</source>
            <translation>Du får plass viss nokon melder seg av. Vi tek vare på plassen din i køen.</translation>
        </message>
        <message>
            <source>Sign me up</source>
            <translation>Meld meg på</translation>
        </message>
        <message>
            <source>This time is cancelled. We are sorry.</source>
            <translation>Denne gongen er avlyst. Vi beklagar.</translation>
        </message>
        <message>
            <source>This has already started, so sign-up is over.</source>
            <translation>Dette har alt byrja, så påmeldinga er over.</translation>
        </message>
        <message>
            <source>Sign-up closed at %1. Ask the staff if there is still room.</source>
            <translation>Påmeldinga stengde klokka %1. Spør dei tilsette om det framleis er plass.</translation>
        </message>
        <message>
            <source>This activity is no longer on the list</source>
            <translation>Denne aktiviteten er ikkje lenger på lista</translation>
        </message>
        <message>
            <source>Go back and choose another activity.</source>
            <translation>Gå tilbake og vel ein annan aktivitet.</translation>
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
            <translation>Kva skjer</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <source>Tomorrow</source>
            <translation>I morgon</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Denne veka</translation>
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
            <translation>Ingenting skjer då. Prøv ein annan dag.</translation>
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
            <translation>Slett siste teikn</translation>
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
            <translation>Skriv ut ein lapp med bookingkoden</translation>
        </message>
        <message>
            <source>Your booking code</source>
            <translation>Bookingkoden din</translation>
        </message>
        <message>
            <source>Write it down or keep your slip. You need the code to cancel.</source>
            <translation>Skriv han ned eller ta vare på lappen. Du treng koden for å melde deg av.</translation>
        </message>
        <message>
            <source>Send it to your phone</source>
            <translation>Send til mobilen</translation>
        </message>
        <message>
            <source>Point your phone's camera at the code to put it in your calendar.</source>
            <translation>Hald mobilkameraet mot koden for å leggje det inn i kalenderen din.</translation>
        </message>
        <message>
            <source>You have a seat!</source>
            <translation>Du har fått plass!</translation>
        </message>
        <message>
            <source>Welcome. We look forward to seeing you.</source>
            <translation>Velkomen. Vi gler oss til å sjå deg.</translation>
        </message>
        <message>
            <source>You are number %1 on the waiting list</source>
            <translation>Du er nummer %1 på ventelista</translation>
        </message>
        <message>
            <source>If a seat becomes free, it is yours. Check with your code.</source>
            <translation>Blir ein plass ledig, er han din. Sjekk med koden din.</translation>
        </message>
        <message>
            <source>Your sign-up is noted</source>
            <translation>Påmeldinga di er notert</translation>
        </message>
        <message>
            <source>The seat is confirmed when the kiosk is back on the network.</source>
            <translation>Plassen blir stadfesta når kiosken er kopla til nettet igjen.</translation>
        </message>
        <message>
            <source>Checking your seat …</source>
            <translation>Vi sjekkar plassen din …</translation>
        </message>
        <message>
            <source>Just a moment. The answer comes here.</source>
            <translation>Eit augneblink. Svaret kjem her.</translation>
        </message>
        <message>
            <source>This sign-up is cancelled</source>
            <translation>Denne påmeldinga er avmeld</translation>
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
            <translation>Berre for deg</translation>
        </message>
        <message numerus="yes">
            <source>Back to the start in %n seconds</source>
            <translation>
                <numerusform>Tilbake til start om %n sekund</numerusform>
                <numerusform>Tilbake til start om %n sekund</numerusform>
            </translation>
        </message>
        <message>
            <source>The printer is not working right now. Your sign-up is safe – please write down the code.</source>
            <translation>Skrivaren verkar ikkje akkurat no. Påmeldinga di er trygg – skriv ned koden.</translation>
        </message>
        <message>
            <source>Your slip is being printed. Take it from the printer.</source>
            <translation>Lappen din blir skriven ut. Ta han frå skrivaren.</translation>
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
            <translation>Slettar siste siffer</translation>
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
            <translation>I morgon, %1</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Games</source>
            <translation>Spel</translation>
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
            <translation>Handarbeid</translation>
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
            <translation>Har byrja</translation>
        </message>
        <message>
            <source>Sign-up closed</source>
            <translation>Påmeldinga er stengd</translation>
        </message>
        <message>
            <source>Full – waiting list</source>
            <translation>Fullt – venteliste</translation>
        </message>
        <message>
            <source>Open for sign-up</source>
            <translation>Open for påmelding</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Welcome!</source>
            <translation>Velkomen!</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <source>Nothing more on today. See what is on tomorrow.</source>
            <translation>Ikkje meir i dag. Sjå kva som skjer i morgon.</translation>
        </message>
        <message>
            <source>See activities</source>
            <translation>Sjå aktivitetar</translation>
        </message>
        <message>
            <source>My sign-ups</source>
            <translation>Mine påmeldingar</translation>
        </message>
        <message>
            <source>My sign-ups: look up or cancel</source>
            <translation>Mine påmeldingar: sjå eller meld av</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Tekststorleik</translation>
        </message>
        <message>
            <source>Normal text size</source>
            <translation>Vanleg tekststorleik</translation>
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
            <translation>Høg kontrast</translation>
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
            <translation>Neste bokstav blir motsett: liten i staden for stor, eller stor</translation>
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
            <translation>Slettar siste bokstav</translation>
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
            <translation>Viser bokstavane som på eit vanleg tastatur</translation>
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
            <translation>Viser bokstavane i alfabetisk rekkjefølgje, A til Å</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Online</source>
            <translation>Tilkopla</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Fråkopla</translation>
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
            <translation>Start: tilbake til byrjinga</translation>
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
            <translation>Mine påmeldingar</translation>
        </message>
        <message>
            <source>Type the booking code from your slip.</source>
            <translation>Skriv inn bookingkoden frå lappen din.</translation>
        </message>
        <message>
            <source>The code you have typed</source>
            <translation>Koden du har skrive</translation>
        </message>
        <message>
            <source>We found no sign-up with that code. Check the code on your slip.</source>
            <translation>Vi fann inga påmelding med den koden. Sjekk koden på lappen din.</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Finn</translation>
        </message>
        <message>
            <source>Find my sign-up</source>
            <translation>Finn påmeldinga mi</translation>
        </message>
        <message>
            <source>Your sign-up</source>
            <translation>Påmeldinga di</translation>
        </message>
        <message>
            <source>Cancel my sign-up</source>
            <translation>Meld meg av</translation>
        </message>
        <message>
            <source>Another code</source>
            <translation>Ein annan kode</translation>
        </message>
        <message>
            <source>Look up another code</source>
            <translation>Slå opp ein annan kode</translation>
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
            <translation>Nei, behald</translation>
        </message>
        <message>
            <source>No, keep my sign-up</source>
            <translation>Nei, behald påmeldinga</translation>
        </message>
        <message>
            <source>It has started, so it can no longer be cancelled here. Ask the staff.</source>
            <translation>Det har byrja, så du kan ikkje melde deg av her lenger. Spør dei tilsette.</translation>
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
            <translation>Plassen din blir stadfesta når kiosken er kopla til nettet igjen.</translation>
        </message>
        <message>
            <source>We are checking for a free seat. Look again in a moment.</source>
            <translation>Vi sjekkar om det er ledig plass. Sjå igjen om eit augneblink.</translation>
        </message>
        <message>
            <source>This sign-up is cancelled.</source>
            <translation>Denne påmeldinga er avmeld.</translation>
        </message>
        <message>
            <source>This activity is cancelled. We are sorry.</source>
            <translation>Denne aktiviteten er avlyst. Vi beklagar.</translation>
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
            <translation>Berre for deg</translation>
        </message>
        <message>
            <source>Do you want to cancel your sign-up for %1?</source>
            <translation>Vil du melde deg av %1?</translation>
        </message>
        <message>
            <source>It has started, so it can no longer be cancelled.</source>
            <translation>Det har byrja, så du kan ikkje melde deg av lenger.</translation>
        </message>
        <message>
            <source>This sign-up was already cancelled.</source>
            <translation>Denne påmeldinga var alt avmeld.</translation>
        </message>
        <message>
            <source>It could not be cancelled. Ask the staff.</source>
            <translation>Det gjekk ikkje å melde av. Spør dei tilsette.</translation>
        </message>
        <message>
            <source>Your sign-up is cancelled. Thank you for letting us know.</source>
            <translation>Du er meld av. Takk for at du sa frå.</translation>
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
            <translation>%1 av %2 plassar</translation>
        </message>
        <message numerus="yes">
            <source>%n waiting</source>
            <translation>
                <numerusform>%n ventar</numerusform>
                <numerusform>%n ventar</numerusform>
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
            <translation>Ventar på svar</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>Plass</translation>
        </message>
        <message>
            <source>%1 of %2 seats taken</source>
            <translation>%1 av %2 plassar tekne</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Tal</translation>
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
            <translation>Vil ha følgje eller skyss</translation>
        </message>
        <message>
            <source>Nobody is signed up.</source>
            <translation>Ingen er påmelde.</translation>
        </message>
    </context>
    <context>
        <name>PersonRow</name>
        <message>
            <source>%1: came</source>
            <translation>%1: har komme</translation>
        </message>
        <message>
            <source>%1: tap when they come</source>
            <translation>%1: trykk når personen kjem</translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n personar</numerusform>
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
            <translation>Ventar på svar</translation>
        </message>
        <message>
            <source>To waiting list</source>
            <translation>Til venteliste</translation>
        </message>
        <message>
            <source>Move %1 to the waiting list</source>
            <translation>Flytt %1 til ventelista</translation>
        </message>
        <message>
            <source>Would like company or a ride</source>
            <translation>Vil ha følgje eller skyss</translation>
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
            <translation>OK: opne personalmodus</translation>
        </message>
        <message numerus="yes">
            <source>%n digits typed</source>
            <translation>
                <numerusform>%n siffer skrive</numerusform>
                <numerusform>%n siffer skrivne</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SignupScreen</name>
        <message>
            <source>What is your name?</source>
            <translation>Kva heiter du?</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Namnet ditt</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Neste</translation>
        </message>
        <message>
            <source>Phone number (optional)</source>
            <translation>Telefonnummer (kan hoppast over)</translation>
        </message>
        <message>
            <source>Your phone number, if you want</source>
            <translation>Telefonnummeret ditt, viss du vil</translation>
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
            <translation>Så arrangøren kan ringje deg viss noko blir endra. Du kan hoppe over dette.</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Tilbake</translation>
        </message>
        <message>
            <source>Back to the previous question</source>
            <translation>Tilbake til førre spørsmål</translation>
        </message>
        <message>
            <source>Are you bringing anyone?</source>
            <translation>Tek du med nokon?</translation>
        </message>
        <message>
            <source>One fewer</source>
            <translation>Éin færre</translation>
        </message>
        <message>
            <source>One more</source>
            <translation>Éin til</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
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
            <translation>Følgje eller skyss</translation>
        </message>
        <message>
            <source>Would you like company or a ride there?</source>
            <translation>Vil du ha følgje eller skyss dit?</translation>
        </message>
        <message>
            <source>Someone from the centre can walk with you, or give you a lift.</source>
            <translation>Nokon frå senteret kan gå saman med deg, eller køyre deg.</translation>
        </message>
        <message>
            <source>No, thanks</source>
            <translation>Nei takk</translation>
        </message>
        <message>
            <source>No, I do not need company or a ride</source>
            <translation>Nei, eg treng ikkje følgje eller skyss</translation>
        </message>
        <message>
            <source>Yes, please</source>
            <translation>Ja takk</translation>
        </message>
        <message>
            <source>Yes, I would like company or a ride</source>
            <translation>Ja, eg vil gjerne ha følgje eller skyss</translation>
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
            <translation>Set meg på venteliste</translation>
        </message>
        <message>
            <source>It is full. You will be on the waiting list, and get a seat if someone cancels.</source>
            <translation>Det er fullt. Du kjem på venteliste og får plass viss nokon melder seg av.</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Steg %1 av %2</translation>
        </message>
        <message>
            <source>Yes, staff will arrange it</source>
            <translation>Ja, dei tilsette ordnar det</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nei</translation>
        </message>
        <message numerus="yes">
            <source>%n companions</source>
            <translation>
                <numerusform>%n ledsagar</numerusform>
                <numerusform>%n ledsagarar</numerusform>
            </translation>
        </message>
        <message>
            <source>Just me</source>
            <translation>Berre meg</translation>
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
            <translation>Skriv namnet ditt.</translation>
        </message>
        <message numerus="yes">
            <source>The name can be at most %n letters.</source>
            <translation>
                <numerusform>Namnet kan ha høgst %n bokstav.</numerusform>
                <numerusform>Namnet kan ha høgst %n bokstavar.</numerusform>
            </translation>
        </message>
        <message>
            <source>A name needs letters. Please type your name.</source>
            <translation>Eit namn treng bokstavar. Skriv namnet ditt.</translation>
        </message>
        <message>
            <source>Please use only letters, spaces, hyphen (-) and apostrophe (').</source>
            <translation>Bruk berre bokstavar, mellomrom, bindestrek (-) og apostrof (').</translation>
        </message>
        <message>
            <source>Please type 8 digits, or + and country code.</source>
            <translation>Skriv 8 siffer, eller + og landskode.</translation>
        </message>
        <message>
            <source>You are already signed up for this. Use your booking code to see it.</source>
            <translation>Du er alt påmeld. Bruk bookingkoden din for å sjå påmeldinga.</translation>
        </message>
        <message>
            <source>Sign-up for this has closed.</source>
            <translation>Påmeldinga til dette er stengd.</translation>
        </message>
        <message>
            <source>This has already started, so sign-up is over.</source>
            <translation>Dette har alt byrja, så påmeldinga er over.</translation>
        </message>
        <message>
            <source>This time is cancelled. We are sorry.</source>
            <translation>Denne gongen er avlyst. Vi beklagar.</translation>
        </message>
        <message>
            <source>This activity is no longer on the list. Please go back and choose again.</source>
            <translation>Denne aktiviteten er ikkje lenger på lista. Gå tilbake og vel på nytt.</translation>
        </message>
        <message numerus="yes">
            <source>You can bring at most %n people.</source>
            <translation>
                <numerusform>Du kan ta med høgst %n person.</numerusform>
                <numerusform>Du kan ta med høgst %n personar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Sorry, that did not work, and you are not signed up. Please ask the staff.</source>
            <translation>Orsak, det gjekk ikkje, og du er ikkje påmeld. Spør dei tilsette.</translation>
        </message>
    </context>
    <context>
        <name>Slip</name>
        <message>
            <source>Your sign-up</source>
            <translation>Påmeldinga di</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Når</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Kvar</translation>
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
            <translation>Bookingkoden din</translation>
        </message>
        <message>
            <source>Keep this slip. You need the code to cancel.</source>
            <translation>Ta vare på lappen. Du treng koden for å melde deg av.</translation>
        </message>
        <message>
            <source>Scan the code with your phone's camera to put the activity in your calendar.</source>
            <translation>Skann koden med kameraet på mobilen for å leggje aktiviteten i kalenderen din.</translation>
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
            <translation>Stad</translation>
        </message>
        <message>
            <source>Host (often a volunteer)</source>
            <translation>Vert (ofte ein frivillig)</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Contact's phone</source>
            <translation>Telefonen til kontaktpersonen</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Skildring</translation>
        </message>
        <message>
            <source>Accessibility</source>
            <translation>Tilgjenge</translation>
        </message>
        <message>
            <source>Add: wheelchair access</source>
            <translation>Legg til: tilgjengeleg med rullestol</translation>
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
            <translation>Plassar</translation>
        </message>
        <message>
            <source>Sign-up closes before start</source>
            <translation>Påmelding stengjer før start</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>Sensitive (health): no names or counts in public</source>
            <translation>Sensitiv (helse): ingen namn eller tal offentleg</translation>
        </message>
        <message>
            <source>Sensitive: the public side shows no names and no counts</source>
            <translation>Sensitiv: den offentlege sida viser verken namn eller tal</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Når</translation>
        </message>
        <message>
            <source>One date</source>
            <translation>Éin dato</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Kvar veke</translation>
        </message>
        <message>
            <source>Date (dd.mm.yyyy)</source>
            <translation>Dato (dd.mm.åååå)</translation>
        </message>
        <message>
            <source>From (dd.mm.yyyy)</source>
            <translation>Frå (dd.mm.åååå)</translation>
        </message>
        <message>
            <source>Until (dd.mm.yyyy)</source>
            <translation>Til og med (dd.mm.åååå)</translation>
        </message>
        <message>
            <source>Starts (hh:mm)</source>
            <translation>Startar (tt:mm)</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Lengd</translation>
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
            <translation>Avlys heile aktiviteten</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Tilbake</translation>
        </message>
        <message>
            <source>Back without saving</source>
            <translation>Tilbake utan å lagre</translation>
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
            <translation>Tilgjengeleg med rullestol</translation>
        </message>
        <message>
            <source>Hearing loop</source>
            <translation>Teleslynge</translation>
        </message>
        <message>
            <source>Write the dates as dd.mm.yyyy.</source>
            <translation>Skriv datoane som dd.mm.åååå.</translation>
        </message>
        <message>
            <source>Write the time as hh:mm.</source>
            <translation>Skriv klokkeslettet som tt:mm.</translation>
        </message>
        <message>
            <source>Choose at least one weekday.</source>
            <translation>Vel minst éin vekedag.</translation>
        </message>
        <message numerus="yes">
            <source>Saved. %n dates off the new pattern still have people signed up: they are kept; cancel them from the list if they should go.</source>
            <translation>
                <numerusform>Lagra. %n dato utanfor det nye mønsteret har framleis påmelde: han blir verande; avlys han frå lista om han skal bort.</numerusform>
                <numerusform>Lagra. %n datoar utanfor det nye mønsteret har framleis påmelde: dei blir verande; avlys dei frå lista om dei skal bort.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel every coming date of “%1”? People who signed up stay on the lists so you can call them.</source>
            <translation>Avlyse alle komande datoar for «%1»? Dei påmelde blir ståande på listene, så du kan ringje dei.</translation>
        </message>
    </context>
    <context>
        <name>StaffAuditScreen</name>
        <message>
            <source>Audit log: the last 200 staff actions</source>
            <translation>Logg: dei siste 200 handlingane frå personalet</translation>
        </message>
        <message>
            <source>opened staff mode</source>
            <translation>opna personalmodus</translation>
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
            <translation>PIN-tastaturet sett på pause</translation>
        </message>
        <message>
            <source>added staff user</source>
            <translation>la til ein tilsett</translation>
        </message>
        <message>
            <source>removed staff user</source>
            <translation>fjerna ein tilsett</translation>
        </message>
        <message>
            <source>created activity</source>
            <translation>oppretta aktivitet</translation>
        </message>
        <message>
            <source>edited activity</source>
            <translation>endra aktivitet</translation>
        </message>
        <message>
            <source>cancelled activity</source>
            <translation>avlyste aktivitet</translation>
        </message>
        <message>
            <source>changed a date</source>
            <translation>endra ein dato</translation>
        </message>
        <message>
            <source>cancelled a date</source>
            <translation>avlyste ein dato</translation>
        </message>
        <message>
            <source>reinstated a date</source>
            <translation>gjenoppretta ein dato</translation>
        </message>
        <message>
            <source>signed someone up</source>
            <translation>melde på ein person</translation>
        </message>
        <message>
            <source>gave a seat</source>
            <translation>gav plass</translation>
        </message>
        <message>
            <source>moved to the waiting list</source>
            <translation>flytta til venteliste</translation>
        </message>
        <message>
            <source>cancelled a sign-up</source>
            <translation>melde av ein person</translation>
        </message>
        <message>
            <source>imported a sign-up list</source>
            <translation>las inn ei påmeldingsliste</translation>
        </message>
        <message>
            <source>marked as come</source>
            <translation>merkte som komen</translation>
        </message>
        <message>
            <source>unmarked as come</source>
            <translation>fjerna merket «komen»</translation>
        </message>
        <message>
            <source>exported a list</source>
            <translation>tok ut ei liste</translation>
        </message>
        <message>
            <source>changed settings</source>
            <translation>endra innstillingar</translation>
        </message>
        <message>
            <source>wiped old personal data</source>
            <translation>sletta gamle personopplysingar</translation>
        </message>
        <message>
            <source>closed the kiosk</source>
            <translation>lukka kiosken</translation>
        </message>
        <message>
            <source>(nobody signed in)</source>
            <translation>(ingen logga inn)</translation>
        </message>
    </context>
    <context>
        <name>StaffCorner</name>
        <message>
            <source>Staff: hold for three seconds</source>
            <translation>Personale: hald inne i tre sekund</translation>
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
            <translation>Logga inn: %1</translation>
        </message>
        <message>
            <source>New activity</source>
            <translation>Ny aktivitet</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Innstillingar</translation>
        </message>
        <message>
            <source>Kiosk settings and staff users</source>
            <translation>Innstillingar og tilsette</translation>
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
            <translation>Det som kjem</translation>
        </message>
        <message>
            <source>Nothing planned yet. Tap “New activity”.</source>
            <translation>Ingenting planlagt enno. Trykk «Ny aktivitet».</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Tilkopla</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Fråkopla</translation>
        </message>
        <message numerus="yes">
            <source>%n waiting to be sent</source>
            <translation>
                <numerusform>%n ventar på å bli sendt</numerusform>
                <numerusform>%n ventar på å bli sende</numerusform>
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
            <translation>sist henta %1</translation>
        </message>
        <message numerus="yes">
            <source>%n seats lent for sign-ups without the network</source>
            <translation>
                <numerusform>%n plass i reserve for påmelding utan nett</numerusform>
                <numerusform>%n plassar i reserve for påmelding utan nett</numerusform>
            </translation>
        </message>
        <message>
            <source>the central database needs a newer Sammen</source>
            <translation>den sentrale databasen krev ein nyare Sammen</translation>
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
            <translation>Legg til ein som ringde</translation>
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
            <translation>Lagre lista som CSV</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Lagre som PDF</translation>
        </message>
        <message>
            <source>Save the list as PDF</source>
            <translation>Lagre lista som PDF</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Skriv ut</translation>
        </message>
        <message>
            <source>Print the list</source>
            <translation>Skriv ut lista</translation>
        </message>
        <message>
            <source>Nobody is signed up yet.</source>
            <translation>Ingen er påmelde enno.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Phone (optional)</source>
            <translation>Telefon (valfritt)</translation>
        </message>
        <message>
            <source>Companions</source>
            <translation>Følgje</translation>
        </message>
        <message>
            <source>Sign up</source>
            <translation>Meld på</translation>
        </message>
        <message>
            <source>Back to the list</source>
            <translation>Tilbake til lista</translation>
        </message>
        <message>
            <source>Change this date only</source>
            <translation>Endre berre denne datoen</translation>
        </message>
        <message>
            <source>Date (dd.mm.yyyy)</source>
            <translation>Dato (dd.mm.åååå)</translation>
        </message>
        <message>
            <source>Starts (hh:mm)</source>
            <translation>Startar (tt:mm)</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Lengd</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Plassar</translation>
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
            <translation>%1 av %2 plassar tekne</translation>
        </message>
        <message numerus="yes">
            <source>%n waiting</source>
            <translation>
                <numerusform>%n ventar</numerusform>
                <numerusform>%n ventar</numerusform>
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
            <translation>%1 har plass no.</translation>
        </message>
        <message>
            <source>%1 is first on the waiting list.</source>
            <translation>%1 står først på ventelista.</translation>
        </message>
        <message>
            <source>Cancel the sign-up of %1?</source>
            <translation>Melde av %1?</translation>
        </message>
        <message>
            <source>The first on the waiting list gets the seat.</source>
            <translation>Den første på ventelista får plassen.</translation>
        </message>
        <message>
            <source>Would like company or a ride</source>
            <translation>Vil ha følgje eller skyss</translation>
        </message>
        <message>
            <source>Would like company or a ride: yes</source>
            <translation>Vil ha følgje eller skyss: ja</translation>
        </message>
        <message>
            <source>Would like company or a ride: no</source>
            <translation>Vil ha følgje eller skyss: nei</translation>
        </message>
        <message>
            <source>Please write a name with letters (1–60 characters).</source>
            <translation>Skriv eit namn med bokstavar (1–60 teikn).</translation>
        </message>
        <message>
            <source>Please write 8 digits, or + and a country code.</source>
            <translation>Skriv 8 siffer, eller + og landskode.</translation>
        </message>
        <message>
            <source>Signed up on the waiting list, code %1.</source>
            <translation>Påmeld på venteliste, kode %1.</translation>
        </message>
        <message>
            <source>Signed up with a seat, code %1.</source>
            <translation>Påmeld med plass, kode %1.</translation>
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
            <translation>Denne datoen er endra; resten av serien er som før.</translation>
        </message>
        <message>
            <source>Cancel %1 on %2?</source>
            <translation>Avlyse %1 %2?</translation>
        </message>
        <message numerus="yes">
            <source>%n people are signed up. They stay on this list so you can call them.</source>
            <translation>
                <numerusform>%n person er påmeld. Personen blir ståande på lista, så du kan ringje.</numerusform>
                <numerusform>%n personar er påmelde. Dei blir ståande på lista, så du kan ringje dei.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody is signed up.</source>
            <translation>Ingen er påmelde.</translation>
        </message>
        <message numerus="yes">
            <source>The date is cancelled. Call the %n people on the list.</source>
            <translation>
                <numerusform>Datoen er avlyst. Ring den %n personen på lista.</numerusform>
                <numerusform>Datoen er avlyst. Ring dei %n personane på lista.</numerusform>
            </translation>
        </message>
        <message>
            <source>The date is cancelled.</source>
            <translation>Datoen er avlyst.</translation>
        </message>
        <message>
            <source>The sign-up of %1 is cancelled.</source>
            <translation>%1 er meld av.</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Lagra: %1</translation>
        </message>
        <message>
            <source>The list could not be saved. Is the disk full?</source>
            <translation>Lista kunne ikkje lagrast. Er disken full?</translation>
        </message>
        <message>
            <source>The list is on its way to the printer.</source>
            <translation>Lista er på veg til skrivaren.</translation>
        </message>
        <message>
            <source>No printer answered. Save the list as PDF and print it later.</source>
            <translation>Ingen skrivar svarte. Lagre lista som PDF og skriv ho ut seinare.</translation>
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
            <translation>Det finst ingen tilsette enno. Opprett den første på kiosk-PC-en med: sammen staff add NAMN</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs. Try again in %n seconds.</source>
            <translation>
                <numerusform>For mange feil PIN-kodar. Prøv igjen om %n sekund.</numerusform>
                <numerusform>For mange feil PIN-kodar. Prøv igjen om %n sekund.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrong PIN. %n tries left before a pause.</source>
            <translation>
                <numerusform>Feil PIN. %n forsøk att før ein pause.</numerusform>
                <numerusform>Feil PIN. %n forsøk att før ein pause.</numerusform>
            </translation>
        </message>
        <message>
            <source>The PIN could not be checked. Please try again.</source>
            <translation>PIN-koden kunne ikkje sjekkast. Prøv igjen.</translation>
        </message>
    </context>
    <context>
        <name>StaffSettingsScreen</name>
        <message>
            <source>Kiosk settings</source>
            <translation>Innstillingar for kiosken</translation>
        </message>
        <message>
            <source>Name of the place</source>
            <translation>Namn på staden</translation>
        </message>
        <message>
            <source>Language at the start</source>
            <translation>Språk ved start</translation>
        </message>
        <message>
            <source>Ask “Are you still there?” after</source>
            <translation>Spør «Er du framleis her?» etter</translation>
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
            <translation>Påmelding stengjer før start</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>Keep names and phone numbers for</source>
            <translation>Ta vare på namn og telefonnummer i</translation>
        </message>
        <message>
            <source>days after</source>
            <translation>dagar etterpå</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Lagre innstillingane</translation>
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
            <translation>Lukk kioskprogrammet, for vedlikehald</translation>
        </message>
        <message>
            <source>Staff users</source>
            <translation>Tilsette</translation>
        </message>
        <message>
            <source>Add a staff user</source>
            <translation>Legg til ein tilsett</translation>
        </message>
        <message>
            <source>New staff user</source>
            <translation>Ny tilsett</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>PIN (6–12 digits)</source>
            <translation>PIN (6–12 siffer)</translation>
        </message>
        <message>
            <source>PIN once more</source>
            <translation>PIN ein gong til</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Legg til</translation>
        </message>
        <message>
            <source>Add the staff user</source>
            <translation>Legg til den tilsette</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Tilbake</translation>
        </message>
        <message>
            <source>Back to the settings</source>
            <translation>Tilbake til innstillingane</translation>
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
            <translation>Innstillingane kunne ikkje lagrast. Er disken full?</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Lagra.</translation>
        </message>
        <message>
            <source>The last staff user cannot be removed: nobody could get in.</source>
            <translation>Den siste tilsette kan ikkje fjernast: då kjem ingen inn.</translation>
        </message>
        <message>
            <source>That staff user is no longer there.</source>
            <translation>Den tilsette finst ikkje lenger.</translation>
        </message>
        <message>
            <source>%1 is removed.</source>
            <translation>%1 er fjerna.</translation>
        </message>
        <message>
            <source>%1 can now open staff mode with their PIN.</source>
            <translation>%1 kan no opne personalmodus med sin PIN.</translation>
        </message>
        <message>
            <source>Please write a name with letters (1–60 characters).</source>
            <translation>Skriv eit namn med bokstavar (1–60 teikn).</translation>
        </message>
        <message>
            <source>There is already a staff user with that name.</source>
            <translation>Det finst alt ein tilsett med det namnet.</translation>
        </message>
        <message>
            <source>The PIN must have 6 to 12 digits.</source>
            <translation>PIN-koden må ha 6 til 12 siffer.</translation>
        </message>
        <message>
            <source>The PIN can only have digits.</source>
            <translation>PIN-koden kan berre ha siffer.</translation>
        </message>
        <message>
            <source>That PIN is too easy to guess. Avoid 111111 and 123456.</source>
            <translation>Den PIN-koden er for lett å gjette. Unngå 111111 og 123456.</translation>
        </message>
        <message>
            <source>The two PINs are not the same.</source>
            <translation>Dei to PIN-kodane er ikkje like.</translation>
        </message>
        <message>
            <source>That PIN cannot be used. Choose another.</source>
            <translation>Den PIN-koden kan ikkje brukast. Vel ein annan.</translation>
        </message>
        <message>
            <source>The staff user could not be added. Please try again.</source>
            <translation>Den tilsette kunne ikkje leggjast til. Prøv igjen.</translation>
        </message>
    </context>
    <context>
        <name>StaffTexts</name>
        <message>
            <source>Please give the activity a title (at most 120 characters).</source>
            <translation>Gi aktiviteten ein tittel (høgst 120 teikn).</translation>
        </message>
        <message>
            <source>Seats must be between 1 and 1000.</source>
            <translation>Plassar må vere mellom 1 og 1000.</translation>
        </message>
        <message>
            <source>The length must be between 5 minutes and 24 hours.</source>
            <translation>Lengda må vere mellom 5 minutt og 24 timar.</translation>
        </message>
        <message>
            <source>The last date must come after the first, within a year.</source>
            <translation>Siste dato må kome etter den første, innan eitt år.</translation>
        </message>
        <message>
            <source>Choose at least one weekday.</source>
            <translation>Vel minst éin vekedag.</translation>
        </message>
        <message>
            <source>The contact's phone: 8 digits, or + and a country code.</source>
            <translation>Telefonen til kontaktpersonen: 8 siffer, eller + og landskode.</translation>
        </message>
        <message>
            <source>Sign-up must close between 0 minutes and 7 days before.</source>
            <translation>Påmeldinga må stengje mellom 0 minutt og 7 dagar før.</translation>
        </message>
        <message>
            <source>It is no longer there. Another kiosk may have changed it.</source>
            <translation>Han finst ikkje lenger. Ein annan kiosk kan ha endra han.</translation>
        </message>
        <message>
            <source>That time has passed. Choose a time in the future.</source>
            <translation>Den tida er passert. Vel ei tid fram i tid.</translation>
        </message>
        <message>
            <source>There is no free seat. Add a seat or move someone to the waiting list first.</source>
            <translation>Det er ingen ledig plass. Legg til ein plass eller flytt nokon til ventelista først.</translation>
        </message>
        <message>
            <source>This person already has a seat.</source>
            <translation>Denne personen har alt plass.</translation>
        </message>
        <message>
            <source>This person is already on the waiting list.</source>
            <translation>Denne personen står alt på ventelista.</translation>
        </message>
        <message>
            <source>Please check the settings: the site needs a name.</source>
            <translation>Sjekk innstillingane: staden treng eit namn.</translation>
        </message>
        <message>
            <source>This date is no longer there.</source>
            <translation>Denne datoen finst ikkje lenger.</translation>
        </message>
        <message>
            <source>This date is cancelled.</source>
            <translation>Denne datoen er avlyst.</translation>
        </message>
        <message>
            <source>Sign-up has closed.</source>
            <translation>Påmeldinga er stengd.</translation>
        </message>
        <message>
            <source>It has already started.</source>
            <translation>Han har alt starta.</translation>
        </message>
        <message>
            <source>This person is already signed up.</source>
            <translation>Denne personen er alt påmeld.</translation>
        </message>
        <message>
            <source>At most three companions.</source>
            <translation>Høgst tre i følgje.</translation>
        </message>
        <message>
            <source>This sign-up is already cancelled.</source>
            <translation>Denne påmeldinga er alt avmeld.</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>The kiosk's database is in use by another program. Is the kiosk already running?</source>
            <translation>Databasen til kiosken er i bruk av eit anna program. Køyrer kiosken alt?</translation>
        </message>
        <message>
            <source>The kiosk's database cannot be read.</source>
            <translation>Databasen til kiosken kan ikkje lesast.</translation>
        </message>
        <message>
            <source>The kiosk's database comes from a newer version of Sammen. Upgrade first.</source>
            <translation>Databasen til kiosken er frå ein nyare versjon av Sammen. Oppgrader først.</translation>
        </message>
        <message>
            <source>The file has not been changed. Please call the staff.</source>
            <translation>Fila er ikkje endra. Kontakt dei tilsette.</translation>
        </message>
        <message>
            <source>The kiosk's settings file cannot be used: %1</source>
            <translation>Innstillingsfila til kiosken kan ikkje brukast: %1</translation>
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
            <translation>Meir: %1</translation>
        </message>
    </context>
    <context>
        <name>StillThereOverlay</name>
        <message numerus="yes">
            <source>In %n seconds the kiosk goes back to the start and forgets what you typed.</source>
            <translation>
                <numerusform>Om %n sekund går kiosken tilbake til start og gløymer det du har skrive.</numerusform>
                <numerusform>Om %n sekund går kiosken tilbake til start og gløymer det du har skrive.</numerusform>
            </translation>
        </message>
        <message>
            <source>Are you still there?</source>
            <translation>Er du framleis her?</translation>
        </message>
        <message>
            <source>Yes, I am here</source>
            <translation>Ja, eg er her</translation>
        </message>
    </context>
    <context>
        <name>_Plurals</name>
        <message numerus="yes">
            <source>%n seats left</source>
            <translation>
                <numerusform>%n plass ledig</numerusform>
                <numerusform>%n plassar ledige</numerusform>
            </translation>
        </message>
    </context>
</TS>