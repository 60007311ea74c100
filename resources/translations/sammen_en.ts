<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ActivityScreen</name>
        <message>
            <source>Calendar</source>
            <translation>Calendar</translation>
        </message>
        <message>
            <source>Show the calendar code</source>
            <translation>Show the calendar code</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Show the contact person's phone number as a code</source>
            <translation>Show the contact person's phone number as a code</translation>
        </message>
        <message>
            <source>Web page</source>
            <translation>Web page</translation>
        </message>
        <message>
            <source>Show the web page as a code</source>
            <translation>Show the web page as a code</translation>
        </message>
        <message>
            <source>Send to my phone</source>
            <translation>Send to my phone</translation>
        </message>
        <message>
            <source>Send to my phone as a calendar entry</source>
            <translation>Send to my phone as a calendar entry</translation>
        </message>
        <message>
            <source>Point your phone's camera at the code to put it in your calendar.</source>
            <translation>Point your phone's camera at the code to put it in your calendar.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Who leads it</source>
            <translation>Who leads it</translation>
        </message>
        <message>
            <source>Good to know</source>
            <translation>Good to know</translation>
        </message>
        <message>
            <source>Join the waiting list</source>
            <translation>Join the waiting list</translation>
        </message>
        <message numerus="yes">
            <source>%n people are waiting for a seat.</source>
            <translation>
                <numerusform>%n person is waiting for a seat.</numerusform>
                <numerusform>%n people are waiting for a seat.</numerusform>
            </translation>
        </message>
        <message>
            <source>You get a seat if someone cancels. We keep your place in line.</source>
            <translation>You get a seat if someone cancels. We keep your place in line.</translation>
        </message>
        <message>
            <source>Sign me up</source>
            <translation>Sign me up</translation>
        </message>
        <message>
            <source>This time is cancelled. We are sorry.</source>
            <translation>This time is cancelled. We are sorry.</translation>
        </message>
        <message>
            <source>This has already started, so sign-up is over.</source>
            <translation>This has already started, so sign-up is over.</translation>
        </message>
        <message>
            <source>Sign-up closed at %1. Ask the staff if there is still room.</source>
            <translation>Sign-up closed at %1. Ask the staff if there is still room.</translation>
        </message>
        <message>
            <source>This activity is no longer on the list</source>
            <translation>This activity is no longer on the list</translation>
        </message>
        <message>
            <source>Go back and choose another activity.</source>
            <translation>Go back and choose another activity.</translation>
        </message>
        <message>
            <source>Host: %1</source>
            <translation>Host: %1</translation>
        </message>
    </context>
    <context>
        <name>BrowseScreen</name>
        <message>
            <source>What's on</source>
            <translation>What's on</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Tomorrow</source>
            <translation>Tomorrow</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>This week</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Everything</translation>
        </message>
        <message>
            <source>Show everything</source>
            <translation>Show everything</translation>
        </message>
        <message>
            <source>Nothing on at this time. Try another day.</source>
            <translation>Nothing on at this time. Try another day.</translation>
        </message>
    </context>
    <context>
        <name>CodePad</name>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete the last character</source>
            <translation>Delete the last character</translation>
        </message>
    </context>
    <context>
        <name>ConfirmationScreen</name>
        <message>
            <source>Booking code: %1</source>
            <translation>Booking code: %1</translation>
        </message>
        <message>
            <source>Host: %1</source>
            <translation>Host: %1</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Done, go back to the start</source>
            <translation>Done, go back to the start</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Print a slip with your booking code</source>
            <translation>Print a slip with your booking code</translation>
        </message>
        <message>
            <source>Your booking code</source>
            <translation>Your booking code</translation>
        </message>
        <message>
            <source>Write it down or keep your slip. You need the code to cancel.</source>
            <translation>Write it down or keep your slip. You need the code to cancel.</translation>
        </message>
        <message>
            <source>Send it to your phone</source>
            <translation>Send it to your phone</translation>
        </message>
        <message>
            <source>Point your phone's camera at the code to put it in your calendar.</source>
            <translation>Point your phone's camera at the code to put it in your calendar.</translation>
        </message>
        <message>
            <source>You have a seat!</source>
            <translation>You have a seat!</translation>
        </message>
        <message>
            <source>Welcome. We look forward to seeing you.</source>
            <translation>Welcome. We look forward to seeing you.</translation>
        </message>
        <message>
            <source>You are number %1 on the waiting list</source>
            <translation>You are number %1 on the waiting list</translation>
        </message>
        <message>
            <source>If a seat becomes free, it is yours. Check with your code.</source>
            <translation>If a seat becomes free, it is yours. Check with your code.</translation>
        </message>
        <message>
            <source>Your sign-up is noted</source>
            <translation>Your sign-up is noted</translation>
        </message>
        <message>
            <source>The seat is confirmed when the kiosk is back on the network.</source>
            <translation>The seat is confirmed when the kiosk is back on the network.</translation>
        </message>
        <message>
            <source>This sign-up is cancelled</source>
            <translation>This sign-up is cancelled</translation>
        </message>
        <message>
            <source>Booking code %1</source>
            <translation>Booking code %1</translation>
        </message>
        <message numerus="yes">
            <source>For you and %n more</source>
            <translation>
                <numerusform>For you and %n more</numerusform>
                <numerusform>For you and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>Just for you</source>
            <translation>Just for you</translation>
        </message>
        <message numerus="yes">
            <source>Back to the start in %n seconds</source>
            <translation>
                <numerusform>Back to the start in %n second</numerusform>
                <numerusform>Back to the start in %n seconds</numerusform>
            </translation>
        </message>
        <message>
            <source>The printer is not working right now. Your sign-up is safe – please write down the code.</source>
            <translation>The printer is not working right now. Your sign-up is safe – please write down the code.</translation>
        </message>
        <message>
            <source>Your slip is being printed. Take it from the printer.</source>
            <translation>Your slip is being printed. Take it from the printer.</translation>
        </message>
    </context>
    <context>
        <name>DigitKeyboard</name>
        <message>
            <source>Plus</source>
            <translation>Plus</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Deletes the last digit</source>
            <translation>Deletes the last digit</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <source>Today, %1</source>
            <translation>Today, %1</translation>
        </message>
        <message>
            <source>Tomorrow, %1</source>
            <translation>Tomorrow, %1</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Games</source>
            <translation>Games</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Exercise</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Health</translation>
        </message>
        <message>
            <source>Crafts</source>
            <translation>Crafts</translation>
        </message>
        <message>
            <source>Music</source>
            <translation>Music</translation>
        </message>
        <message>
            <source>Digital help</source>
            <translation>Digital help</translation>
        </message>
        <message>
            <source>Food</source>
            <translation>Food</translation>
        </message>
        <message>
            <source>Culture</source>
            <translation>Culture</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Already started</source>
            <translation>Already started</translation>
        </message>
        <message>
            <source>Sign-up closed</source>
            <translation>Sign-up closed</translation>
        </message>
        <message>
            <source>Full – waiting list</source>
            <translation>Full – waiting list</translation>
        </message>
        <message>
            <source>Open for sign-up</source>
            <translation>Open for sign-up</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Welcome!</source>
            <translation>Welcome!</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Nothing more on today. See what is on tomorrow.</source>
            <translation>Nothing more on today. See what is on tomorrow.</translation>
        </message>
        <message>
            <source>See activities</source>
            <translation>See activities</translation>
        </message>
        <message>
            <source>My sign-ups</source>
            <translation>My sign-ups</translation>
        </message>
        <message>
            <source>My sign-ups: look up or cancel</source>
            <translation>My sign-ups: look up or cancel</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Text size</translation>
        </message>
        <message>
            <source>Normal text size</source>
            <translation>Normal text size</translation>
        </message>
        <message>
            <source>Large text size</source>
            <translation>Large text size</translation>
        </message>
        <message>
            <source>Largest text size</source>
            <translation>Largest text size</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>High contrast</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more today</source>
            <translation>
                <numerusform>… and %n more today</numerusform>
                <numerusform>… and %n more today</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LetterKeyboard</name>
        <message>
            <source>Hyphen</source>
            <translation>Hyphen</translation>
        </message>
        <message>
            <source>Apostrophe</source>
            <translation>Apostrophe</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Space</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Deletes the last letter</source>
            <translation>Deletes the last letter</translation>
        </message>
        <message>
            <source>QWERTY</source>
            <translation>QWERTY</translation>
        </message>
        <message>
            <source>QWERTY layout</source>
            <translation>QWERTY layout</translation>
        </message>
        <message>
            <source>Shows the letters in the order of a computer keyboard</source>
            <translation>Shows the letters in the order of a computer keyboard</translation>
        </message>
        <message>
            <source>ABC</source>
            <translation>ABC</translation>
        </message>
        <message>
            <source>Alphabetical layout</source>
            <translation>Alphabetical layout</translation>
        </message>
        <message>
            <source>Shows the letters in alphabetical order, A to Å</source>
            <translation>Shows the letters in alphabetical order, A to Å</translation>
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
            <translation>Back</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>Home: back to the start</source>
            <translation>Home: back to the start</translation>
        </message>
        <message>
            <source>The time is %1</source>
            <translation>The time is %1</translation>
        </message>
    </context>
    <context>
        <name>MySignupsScreen</name>
        <message>
            <source>My sign-ups</source>
            <translation>My sign-ups</translation>
        </message>
        <message>
            <source>Type the booking code from your slip.</source>
            <translation>Type the booking code from your slip.</translation>
        </message>
        <message>
            <source>The code you have typed</source>
            <translation>The code you have typed</translation>
        </message>
        <message>
            <source>We found no sign-up with that code. Check the code on your slip.</source>
            <translation>We found no sign-up with that code. Check the code on your slip.</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Find</translation>
        </message>
        <message>
            <source>Find my sign-up</source>
            <translation>Find my sign-up</translation>
        </message>
        <message>
            <source>Your sign-up</source>
            <translation>Your sign-up</translation>
        </message>
        <message>
            <source>Cancel my sign-up</source>
            <translation>Cancel my sign-up</translation>
        </message>
        <message>
            <source>Another code</source>
            <translation>Another code</translation>
        </message>
        <message>
            <source>Look up another code</source>
            <translation>Look up another code</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Done, go back to the start</source>
            <translation>Done, go back to the start</translation>
        </message>
        <message>
            <source>Are you sure?</source>
            <translation>Are you sure?</translation>
        </message>
        <message>
            <source>Yes, cancel it</source>
            <translation>Yes, cancel it</translation>
        </message>
        <message>
            <source>Yes, cancel my sign-up</source>
            <translation>Yes, cancel my sign-up</translation>
        </message>
        <message>
            <source>No, keep it</source>
            <translation>No, keep it</translation>
        </message>
        <message>
            <source>No, keep my sign-up</source>
            <translation>No, keep my sign-up</translation>
        </message>
        <message>
            <source>It has started, so it can no longer be cancelled here. Ask the staff.</source>
            <translation>It has started, so it can no longer be cancelled here. Ask the staff.</translation>
        </message>
        <message>
            <source>Booking code: %1</source>
            <translation>Booking code: %1</translation>
        </message>
        <message>
            <source>You have a seat.</source>
            <translation>You have a seat.</translation>
        </message>
        <message>
            <source>You are number %1 on the waiting list.</source>
            <translation>You are number %1 on the waiting list.</translation>
        </message>
        <message>
            <source>Your seat is confirmed when the kiosk is back on the network.</source>
            <translation>Your seat is confirmed when the kiosk is back on the network.</translation>
        </message>
        <message>
            <source>This sign-up is cancelled.</source>
            <translation>This sign-up is cancelled.</translation>
        </message>
        <message>
            <source>This activity is cancelled. We are sorry.</source>
            <translation>This activity is cancelled. We are sorry.</translation>
        </message>
        <message numerus="yes">
            <source>For you and %n more</source>
            <translation>
                <numerusform>For you and %n more</numerusform>
                <numerusform>For you and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>Just for you</source>
            <translation>Just for you</translation>
        </message>
        <message>
            <source>Do you want to cancel your sign-up for %1?</source>
            <translation>Do you want to cancel your sign-up for %1?</translation>
        </message>
        <message>
            <source>It has started, so it can no longer be cancelled.</source>
            <translation>It has started, so it can no longer be cancelled.</translation>
        </message>
        <message>
            <source>This sign-up was already cancelled.</source>
            <translation>This sign-up was already cancelled.</translation>
        </message>
        <message>
            <source>It could not be cancelled. Ask the staff.</source>
            <translation>It could not be cancelled. Ask the staff.</translation>
        </message>
        <message>
            <source>Your sign-up is cancelled. Thank you for letting us know.</source>
            <translation>Your sign-up is cancelled. Thank you for letting us know.</translation>
        </message>
    </context>
    <context>
        <name>SignupScreen</name>
        <message>
            <source>What is your name?</source>
            <translation>What is your name?</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Phone number (optional)</source>
            <translation>Phone number (optional)</translation>
        </message>
        <message>
            <source>Your phone number, if you want</source>
            <translation>Your phone number, if you want</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Skip</translation>
        </message>
        <message>
            <source>Skip the phone number</source>
            <translation>Skip the phone number</translation>
        </message>
        <message>
            <source>So the organiser can call you if something changes. You can skip this.</source>
            <translation>So the organiser can call you if something changes. You can skip this.</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Back to the previous question</source>
            <translation>Back to the previous question</translation>
        </message>
        <message>
            <source>Are you bringing anyone?</source>
            <translation>Are you bringing anyone?</translation>
        </message>
        <message>
            <source>One fewer</source>
            <translation>One fewer</translation>
        </message>
        <message>
            <source>One more</source>
            <translation>One more</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Sign me up</source>
            <translation>Sign me up</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Join the waiting list</source>
            <translation>Join the waiting list</translation>
        </message>
        <message>
            <source>It is full. You will be on the waiting list, and get a seat if someone cancels.</source>
            <translation>It is full. You will be on the waiting list, and get a seat if someone cancels.</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Step %1 of %2</translation>
        </message>
        <message numerus="yes">
            <source>%n companions</source>
            <translation>
                <numerusform>%n companion</numerusform>
                <numerusform>%n companions</numerusform>
            </translation>
        </message>
        <message>
            <source>Just me</source>
            <translation>Just me</translation>
        </message>
        <message numerus="yes">
            <source>Me and %n more</source>
            <translation>
                <numerusform>Me and %n more</numerusform>
                <numerusform>Me and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>Please type your name.</source>
            <translation>Please type your name.</translation>
        </message>
        <message numerus="yes">
            <source>The name can be at most %n letters.</source>
            <translation>
                <numerusform>The name can be at most %n letter.</numerusform>
                <numerusform>The name can be at most %n letters.</numerusform>
            </translation>
        </message>
        <message>
            <source>A name needs letters. Please type your name.</source>
            <translation>A name needs letters. Please type your name.</translation>
        </message>
        <message>
            <source>Please use only letters, spaces, hyphen (-) and apostrophe (').</source>
            <translation>Please use only letters, spaces, hyphen (-) and apostrophe (').</translation>
        </message>
        <message>
            <source>Please type 8 digits, or + and country code.</source>
            <translation>Please type 8 digits, or + and country code.</translation>
        </message>
        <message>
            <source>You are already signed up for this. Use your booking code to see it.</source>
            <translation>You are already signed up for this. Use your booking code to see it.</translation>
        </message>
        <message>
            <source>Sign-up for this has closed.</source>
            <translation>Sign-up for this has closed.</translation>
        </message>
        <message>
            <source>This has already started, so sign-up is over.</source>
            <translation>This has already started, so sign-up is over.</translation>
        </message>
        <message>
            <source>This time is cancelled. We are sorry.</source>
            <translation>This time is cancelled. We are sorry.</translation>
        </message>
        <message>
            <source>This activity is no longer on the list. Please go back and choose again.</source>
            <translation>This activity is no longer on the list. Please go back and choose again.</translation>
        </message>
        <message numerus="yes">
            <source>You can bring at most %n people.</source>
            <translation>
                <numerusform>You can bring at most %n person.</numerusform>
                <numerusform>You can bring at most %n people.</numerusform>
            </translation>
        </message>
        <message>
            <source>Sorry, that did not work, and you are not signed up. Please ask the staff.</source>
            <translation>Sorry, that did not work, and you are not signed up. Please ask the staff.</translation>
        </message>
    </context>
    <context>
        <name>Slip</name>
        <message>
            <source>Your sign-up</source>
            <translation>Your sign-up</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message numerus="yes">
            <source>For you and %n more</source>
            <translation>
                <numerusform>For you and %n more</numerusform>
                <numerusform>For you and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>Your booking code</source>
            <translation>Your booking code</translation>
        </message>
        <message>
            <source>Keep this slip. You need the code to cancel.</source>
            <translation>Keep this slip. You need the code to cancel.</translation>
        </message>
        <message>
            <source>Scan the code with your phone's camera to put the activity in your calendar.</source>
            <translation>Scan the code with your phone's camera to put the activity in your calendar.</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>The kiosk's database is in use by another program. Is the kiosk already running?</source>
            <translation>The kiosk's database is in use by another program. Is the kiosk already running?</translation>
        </message>
        <message>
            <source>The kiosk's database cannot be read.</source>
            <translation>The kiosk's database cannot be read.</translation>
        </message>
        <message>
            <source>The kiosk's database comes from a newer version of Sammen. Upgrade first.</source>
            <translation>The kiosk's database comes from a newer version of Sammen. Upgrade first.</translation>
        </message>
        <message>
            <source>The file has not been changed. Please call the staff.</source>
            <translation>The file has not been changed. Please call the staff.</translation>
        </message>
        <message>
            <source>The kiosk's settings file cannot be used: %1</source>
            <translation>The kiosk's settings file cannot be used: %1</translation>
        </message>
    </context>
    <context>
        <name>StillThereOverlay</name>
        <message numerus="yes">
            <source>In %n seconds the kiosk goes back to the start and forgets what you typed.</source>
            <translation>
                <numerusform>In %n second the kiosk goes back to the start and forgets what you typed.</numerusform>
                <numerusform>In %n seconds the kiosk goes back to the start and forgets what you typed.</numerusform>
            </translation>
        </message>
        <message>
            <source>Are you still there?</source>
            <translation>Are you still there?</translation>
        </message>
        <message>
            <source>Yes, I am here</source>
            <translation>Yes, I am here</translation>
        </message>
    </context>
    <context>
        <name>_Plurals</name>
        <message numerus="yes">
            <source>%n seats left</source>
            <translation>
                <numerusform>%n seat left</numerusform>
                <numerusform>%n seats left</numerusform>
            </translation>
        </message>
    </context>
</TS>