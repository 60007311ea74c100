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