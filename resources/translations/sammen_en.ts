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
            <source>Checking your seat …</source>
            <translation>Checking your seat …</translation>
        </message>
        <message>
            <source>Just a moment. The answer comes here.</source>
            <translation>Just a moment. The answer comes here.</translation>
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
            <source>Colon</source>
            <translation>Colon</translation>
        </message>
        <message>
            <source>Full stop</source>
            <translation>Full stop</translation>
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
            <source>Small or capital letter</source>
            <translation>Small or capital letter</translation>
        </message>
        <message>
            <source>The next letter the other way: small instead of capital, or capital</source>
            <translation>The next letter the other way: small instead of capital, or capital</translation>
        </message>
        <message>
            <source>The next letter will be a capital</source>
            <translation>The next letter will be a capital</translation>
        </message>
        <message>
            <source>The next letter will be small</source>
            <translation>The next letter will be small</translation>
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
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
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
            <source>Lock</source>
            <translation>Lock</translation>
        </message>
        <message>
            <source>Lock: leave staff mode</source>
            <translation>Lock: leave staff mode</translation>
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
            <source>We are checking for a free seat. Look again in a moment.</source>
            <translation>We are checking for a free seat. Look again in a moment.</translation>
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
        <name>OccurrenceRowButton</name>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>%1 of %2 seats</source>
            <translation>%1 of %2 seats</translation>
        </message>
        <message numerus="yes">
            <source>%n waiting</source>
            <translation>
                <numerusform>%n waiting</numerusform>
                <numerusform>%n waiting</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ParticipantList</name>
        <message>
            <source>Waiting list %1</source>
            <translation>Waiting list %1</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pending</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>Seat</translation>
        </message>
        <message>
            <source>%1 of %2 seats taken</source>
            <translation>%1 of %2 seats taken</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Party</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Would like company or a ride</source>
            <translation>Would like company or a ride</translation>
        </message>
        <message>
            <source>Nobody is signed up.</source>
            <translation>Nobody is signed up.</translation>
        </message>
    </context>
    <context>
        <name>PersonRow</name>
        <message>
            <source>%1: came</source>
            <translation>%1: came</translation>
        </message>
        <message>
            <source>%1: tap when they come</source>
            <translation>%1: tap when they come</translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message>
            <source>Waiting list %1</source>
            <translation>Waiting list %1</translation>
        </message>
        <message>
            <source>To a seat</source>
            <translation>To a seat</translation>
        </message>
        <message>
            <source>Give %1 a seat</source>
            <translation>Give %1 a seat</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>Seat</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pending</translation>
        </message>
        <message>
            <source>To waiting list</source>
            <translation>To waiting list</translation>
        </message>
        <message>
            <source>Move %1 to the waiting list</source>
            <translation>Move %1 to the waiting list</translation>
        </message>
        <message>
            <source>Would like company or a ride</source>
            <translation>Would like company or a ride</translation>
        </message>
        <message>
            <source>Cancel sign-up</source>
            <translation>Cancel sign-up</translation>
        </message>
        <message>
            <source>Cancel the sign-up of %1</source>
            <translation>Cancel the sign-up of %1</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete the last digit</source>
            <translation>Delete the last digit</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>OK: open staff mode</source>
            <translation>OK: open staff mode</translation>
        </message>
        <message numerus="yes">
            <source>%n digits typed</source>
            <translation>
                <numerusform>%n digit typed</numerusform>
                <numerusform>%n digits typed</numerusform>
            </translation>
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
            <source>Company or a ride</source>
            <translation>Company or a ride</translation>
        </message>
        <message>
            <source>Would you like company or a ride there?</source>
            <translation>Would you like company or a ride there?</translation>
        </message>
        <message>
            <source>Someone from the centre can walk with you, or give you a lift.</source>
            <translation>Someone from the centre can walk with you, or give you a lift.</translation>
        </message>
        <message>
            <source>No, thanks</source>
            <translation>No, thanks</translation>
        </message>
        <message>
            <source>No, I do not need company or a ride</source>
            <translation>No, I do not need company or a ride</translation>
        </message>
        <message>
            <source>Yes, please</source>
            <translation>Yes, please</translation>
        </message>
        <message>
            <source>Yes, I would like company or a ride</source>
            <translation>Yes, I would like company or a ride</translation>
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
        <message>
            <source>Yes, staff will arrange it</source>
            <translation>Yes, staff will arrange it</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
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
        <name>StaffActivityEditScreen</name>
        <message>
            <source>New activity</source>
            <translation>New activity</translation>
        </message>
        <message>
            <source>Edit activity</source>
            <translation>Edit activity</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Host (often a volunteer)</source>
            <translation>Host (often a volunteer)</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>Contact's phone</source>
            <translation>Contact's phone</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Accessibility</source>
            <translation>Accessibility</translation>
        </message>
        <message>
            <source>Add: wheelchair access</source>
            <translation>Add: wheelchair access</translation>
        </message>
        <message>
            <source>Add: hearing loop</source>
            <translation>Add: hearing loop</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Seats</translation>
        </message>
        <message>
            <source>Sign-up closes before start</source>
            <translation>Sign-up closes before start</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>Sensitive (health): no names or counts in public</source>
            <translation>Sensitive (health): no names or counts in public</translation>
        </message>
        <message>
            <source>Sensitive: the public side shows no names and no counts</source>
            <translation>Sensitive: the public side shows no names and no counts</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>One date</source>
            <translation>One date</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Every week</translation>
        </message>
        <message>
            <source>Date (dd.mm.yyyy)</source>
            <translation>Date (dd.mm.yyyy)</translation>
        </message>
        <message>
            <source>From (dd.mm.yyyy)</source>
            <translation>From (dd.mm.yyyy)</translation>
        </message>
        <message>
            <source>Until (dd.mm.yyyy)</source>
            <translation>Until (dd.mm.yyyy)</translation>
        </message>
        <message>
            <source>Starts (hh:mm)</source>
            <translation>Starts (hh:mm)</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Length</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Save the activity</source>
            <translation>Save the activity</translation>
        </message>
        <message>
            <source>Cancel activity</source>
            <translation>Cancel activity</translation>
        </message>
        <message>
            <source>Cancel the whole activity</source>
            <translation>Cancel the whole activity</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Back without saving</source>
            <translation>Back without saving</translation>
        </message>
        <message>
            <source>Yes, cancel it</source>
            <translation>Yes, cancel it</translation>
        </message>
        <message>
            <source>No, go back</source>
            <translation>No, go back</translation>
        </message>
        <message>
            <source>Wheelchair access</source>
            <translation>Wheelchair access</translation>
        </message>
        <message>
            <source>Hearing loop</source>
            <translation>Hearing loop</translation>
        </message>
        <message>
            <source>Write the dates as dd.mm.yyyy.</source>
            <translation>Write the dates as dd.mm.yyyy.</translation>
        </message>
        <message>
            <source>Write the time as hh:mm.</source>
            <translation>Write the time as hh:mm.</translation>
        </message>
        <message>
            <source>Choose at least one weekday.</source>
            <translation>Choose at least one weekday.</translation>
        </message>
        <message numerus="yes">
            <source>Saved. %n dates off the new pattern still have people signed up: they are kept; cancel them from the list if they should go.</source>
            <translation>
                <numerusform>Saved. %n date off the new pattern still has people signed up: it is kept; cancel it from the list if it should go.</numerusform>
                <numerusform>Saved. %n dates off the new pattern still have people signed up: they are kept; cancel them from the list if they should go.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel every coming date of “%1”? People who signed up stay on the lists so you can call them.</source>
            <translation>Cancel every coming date of “%1”? People who signed up stay on the lists so you can call them.</translation>
        </message>
    </context>
    <context>
        <name>StaffAuditScreen</name>
        <message>
            <source>Audit log: the last 200 staff actions</source>
            <translation>Audit log: the last 200 staff actions</translation>
        </message>
        <message>
            <source>opened staff mode</source>
            <translation>opened staff mode</translation>
        </message>
        <message>
            <source>locked staff mode</source>
            <translation>locked staff mode</translation>
        </message>
        <message>
            <source>wrong PIN</source>
            <translation>wrong PIN</translation>
        </message>
        <message>
            <source>PIN pad paused</source>
            <translation>PIN pad paused</translation>
        </message>
        <message>
            <source>added staff user</source>
            <translation>added staff user</translation>
        </message>
        <message>
            <source>removed staff user</source>
            <translation>removed staff user</translation>
        </message>
        <message>
            <source>created activity</source>
            <translation>created activity</translation>
        </message>
        <message>
            <source>edited activity</source>
            <translation>edited activity</translation>
        </message>
        <message>
            <source>cancelled activity</source>
            <translation>cancelled activity</translation>
        </message>
        <message>
            <source>changed a date</source>
            <translation>changed a date</translation>
        </message>
        <message>
            <source>cancelled a date</source>
            <translation>cancelled a date</translation>
        </message>
        <message>
            <source>reinstated a date</source>
            <translation>reinstated a date</translation>
        </message>
        <message>
            <source>signed someone up</source>
            <translation>signed someone up</translation>
        </message>
        <message>
            <source>gave a seat</source>
            <translation>gave a seat</translation>
        </message>
        <message>
            <source>moved to the waiting list</source>
            <translation>moved to the waiting list</translation>
        </message>
        <message>
            <source>cancelled a sign-up</source>
            <translation>cancelled a sign-up</translation>
        </message>
        <message>
            <source>imported a sign-up list</source>
            <translation>imported a sign-up list</translation>
        </message>
        <message>
            <source>marked as come</source>
            <translation>marked as come</translation>
        </message>
        <message>
            <source>unmarked as come</source>
            <translation>unmarked as come</translation>
        </message>
        <message>
            <source>exported a list</source>
            <translation>exported a list</translation>
        </message>
        <message>
            <source>changed settings</source>
            <translation>changed settings</translation>
        </message>
        <message>
            <source>wiped old personal data</source>
            <translation>wiped old personal data</translation>
        </message>
        <message>
            <source>closed the kiosk</source>
            <translation>closed the kiosk</translation>
        </message>
        <message>
            <source>(nobody signed in)</source>
            <translation>(nobody signed in)</translation>
        </message>
    </context>
    <context>
        <name>StaffCorner</name>
        <message>
            <source>Staff: hold for three seconds</source>
            <translation>Staff: hold for three seconds</translation>
        </message>
    </context>
    <context>
        <name>StaffHomeScreen</name>
        <message>
            <source>Staff mode</source>
            <translation>Staff mode</translation>
        </message>
        <message>
            <source>Signed in: %1</source>
            <translation>Signed in: %1</translation>
        </message>
        <message>
            <source>New activity</source>
            <translation>New activity</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Kiosk settings and staff users</source>
            <translation>Kiosk settings and staff users</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Lock</translation>
        </message>
        <message>
            <source>Lock: leave staff mode</source>
            <translation>Lock: leave staff mode</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>Coming up</translation>
        </message>
        <message>
            <source>Nothing planned yet. Tap “New activity”.</source>
            <translation>Nothing planned yet. Tap “New activity”.</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message numerus="yes">
            <source>%n waiting to be sent</source>
            <translation>
                <numerusform>%n waiting to be sent</numerusform>
                <numerusform>%n waiting to be sent</numerusform>
            </translation>
        </message>
        <message>
            <source>oldest %1</source>
            <translation>oldest %1</translation>
        </message>
        <message>
            <source>last sent %1</source>
            <translation>last sent %1</translation>
        </message>
        <message>
            <source>last fetched %1</source>
            <translation>last fetched %1</translation>
        </message>
        <message numerus="yes">
            <source>%n seats lent for sign-ups without the network</source>
            <translation>
                <numerusform>%n seat lent for sign-ups without the network</numerusform>
                <numerusform>%n seats lent for sign-ups without the network</numerusform>
            </translation>
        </message>
        <message>
            <source>the central database needs a newer Sammen</source>
            <translation>the central database needs a newer Sammen</translation>
        </message>
        <message>
            <source>last error: %1</source>
            <translation>last error: %1</translation>
        </message>
        <message>
            <source>Sync: </source>
            <translation>Sync: </translation>
        </message>
    </context>
    <context>
        <name>StaffParticipantsScreen</name>
        <message>
            <source>Add a person</source>
            <translation>Add a person</translation>
        </message>
        <message>
            <source>Add a person who phoned in</source>
            <translation>Add a person who phoned in</translation>
        </message>
        <message>
            <source>Change this date</source>
            <translation>Change this date</translation>
        </message>
        <message>
            <source>Edit the activity</source>
            <translation>Edit the activity</translation>
        </message>
        <message>
            <source>Save as CSV</source>
            <translation>Save as CSV</translation>
        </message>
        <message>
            <source>Save the list as CSV</source>
            <translation>Save the list as CSV</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>Save the list as PDF</source>
            <translation>Save the list as PDF</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Print the list</source>
            <translation>Print the list</translation>
        </message>
        <message>
            <source>Nobody is signed up yet.</source>
            <translation>Nobody is signed up yet.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Phone (optional)</source>
            <translation>Phone (optional)</translation>
        </message>
        <message>
            <source>Companions</source>
            <translation>Companions</translation>
        </message>
        <message>
            <source>Sign up</source>
            <translation>Sign up</translation>
        </message>
        <message>
            <source>Back to the list</source>
            <translation>Back to the list</translation>
        </message>
        <message>
            <source>Change this date only</source>
            <translation>Change this date only</translation>
        </message>
        <message>
            <source>Date (dd.mm.yyyy)</source>
            <translation>Date (dd.mm.yyyy)</translation>
        </message>
        <message>
            <source>Starts (hh:mm)</source>
            <translation>Starts (hh:mm)</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Length</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Seats</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Save this date</source>
            <translation>Save this date</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No, go back</source>
            <translation>No, go back</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>%1 of %2 seats taken</source>
            <translation>%1 of %2 seats taken</translation>
        </message>
        <message numerus="yes">
            <source>%n waiting</source>
            <translation>
                <numerusform>%n waiting</numerusform>
                <numerusform>%n waiting</numerusform>
            </translation>
        </message>
        <message>
            <source>Reinstate this date</source>
            <translation>Reinstate this date</translation>
        </message>
        <message>
            <source>Cancel this date</source>
            <translation>Cancel this date</translation>
        </message>
        <message>
            <source>%1 has a seat now.</source>
            <translation>%1 has a seat now.</translation>
        </message>
        <message>
            <source>%1 is first on the waiting list.</source>
            <translation>%1 is first on the waiting list.</translation>
        </message>
        <message>
            <source>Cancel the sign-up of %1?</source>
            <translation>Cancel the sign-up of %1?</translation>
        </message>
        <message>
            <source>The first on the waiting list gets the seat.</source>
            <translation>The first on the waiting list gets the seat.</translation>
        </message>
        <message>
            <source>Would like company or a ride</source>
            <translation>Would like company or a ride</translation>
        </message>
        <message>
            <source>Would like company or a ride: yes</source>
            <translation>Would like company or a ride: yes</translation>
        </message>
        <message>
            <source>Would like company or a ride: no</source>
            <translation>Would like company or a ride: no</translation>
        </message>
        <message>
            <source>Please write a name with letters (1–60 characters).</source>
            <translation>Please write a name with letters (1–60 characters).</translation>
        </message>
        <message>
            <source>Please write 8 digits, or + and a country code.</source>
            <translation>Please write 8 digits, or + and a country code.</translation>
        </message>
        <message>
            <source>Signed up on the waiting list, code %1.</source>
            <translation>Signed up on the waiting list, code %1.</translation>
        </message>
        <message>
            <source>Signed up with a seat, code %1.</source>
            <translation>Signed up with a seat, code %1.</translation>
        </message>
        <message>
            <source>Write the date as dd.mm.yyyy.</source>
            <translation>Write the date as dd.mm.yyyy.</translation>
        </message>
        <message>
            <source>Write the time as hh:mm.</source>
            <translation>Write the time as hh:mm.</translation>
        </message>
        <message>
            <source>This date is changed; the rest of the series is as it was.</source>
            <translation>This date is changed; the rest of the series is as it was.</translation>
        </message>
        <message>
            <source>Cancel %1 on %2?</source>
            <translation>Cancel %1 on %2?</translation>
        </message>
        <message numerus="yes">
            <source>%n people are signed up. They stay on this list so you can call them.</source>
            <translation>
                <numerusform>%n person is signed up. They stay on this list so you can call them.</numerusform>
                <numerusform>%n people are signed up. They stay on this list so you can call them.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody is signed up.</source>
            <translation>Nobody is signed up.</translation>
        </message>
        <message numerus="yes">
            <source>The date is cancelled. Call the %n people on the list.</source>
            <translation>
                <numerusform>The date is cancelled. Call the %n person on the list.</numerusform>
                <numerusform>The date is cancelled. Call the %n people on the list.</numerusform>
            </translation>
        </message>
        <message>
            <source>The date is cancelled.</source>
            <translation>The date is cancelled.</translation>
        </message>
        <message>
            <source>The sign-up of %1 is cancelled.</source>
            <translation>The sign-up of %1 is cancelled.</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Saved: %1</translation>
        </message>
        <message>
            <source>The list could not be saved. Is the disk full?</source>
            <translation>The list could not be saved. Is the disk full?</translation>
        </message>
        <message>
            <source>The list is on its way to the printer.</source>
            <translation>The list is on its way to the printer.</translation>
        </message>
        <message>
            <source>No printer answered. Save the list as PDF and print it later.</source>
            <translation>No printer answered. Save the list as PDF and print it later.</translation>
        </message>
    </context>
    <context>
        <name>StaffPinScreen</name>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Enter your PIN.</source>
            <translation>Enter your PIN.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cancel: back to the start</source>
            <translation>Cancel: back to the start</translation>
        </message>
        <message>
            <source>There is no staff user yet. Create the first one on the kiosk PC with: sammen staff add NAME</source>
            <translation>There is no staff user yet. Create the first one on the kiosk PC with: sammen staff add NAME</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs. Try again in %n seconds.</source>
            <translation>
                <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
                <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrong PIN. %n tries left before a pause.</source>
            <translation>
                <numerusform>Wrong PIN. %n try left before a pause.</numerusform>
                <numerusform>Wrong PIN. %n tries left before a pause.</numerusform>
            </translation>
        </message>
        <message>
            <source>The PIN could not be checked. Please try again.</source>
            <translation>The PIN could not be checked. Please try again.</translation>
        </message>
    </context>
    <context>
        <name>StaffSettingsScreen</name>
        <message>
            <source>Kiosk settings</source>
            <translation>Kiosk settings</translation>
        </message>
        <message>
            <source>Name of the place</source>
            <translation>Name of the place</translation>
        </message>
        <message>
            <source>Language at the start</source>
            <translation>Language at the start</translation>
        </message>
        <message>
            <source>Ask “Are you still there?” after</source>
            <translation>Ask “Are you still there?” after</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>Time to answer</source>
            <translation>Time to answer</translation>
        </message>
        <message>
            <source>Sign-up closes before start</source>
            <translation>Sign-up closes before start</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>Keep names and phone numbers for</source>
            <translation>Keep names and phone numbers for</translation>
        </message>
        <message>
            <source>days after</source>
            <translation>days after</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Save settings</translation>
        </message>
        <message>
            <source>Close the kiosk program</source>
            <translation>Close the kiosk program</translation>
        </message>
        <message>
            <source>Leave kiosk mode</source>
            <translation>Leave kiosk mode</translation>
        </message>
        <message>
            <source>Close the kiosk program, for maintenance</source>
            <translation>Close the kiosk program, for maintenance</translation>
        </message>
        <message>
            <source>Staff users</source>
            <translation>Staff users</translation>
        </message>
        <message>
            <source>Add a staff user</source>
            <translation>Add a staff user</translation>
        </message>
        <message>
            <source>New staff user</source>
            <translation>New staff user</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>PIN (6–12 digits)</source>
            <translation>PIN (6–12 digits)</translation>
        </message>
        <message>
            <source>PIN once more</source>
            <translation>PIN once more</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Add the staff user</source>
            <translation>Add the staff user</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Back to the settings</source>
            <translation>Back to the settings</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>Remove %1</translation>
        </message>
        <message>
            <source>The settings could not be saved. Is the disk full?</source>
            <translation>The settings could not be saved. Is the disk full?</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>The last staff user cannot be removed: nobody could get in.</source>
            <translation>The last staff user cannot be removed: nobody could get in.</translation>
        </message>
        <message>
            <source>That staff user is no longer there.</source>
            <translation>That staff user is no longer there.</translation>
        </message>
        <message>
            <source>%1 is removed.</source>
            <translation>%1 is removed.</translation>
        </message>
        <message>
            <source>%1 can now open staff mode with their PIN.</source>
            <translation>%1 can now open staff mode with their PIN.</translation>
        </message>
        <message>
            <source>Please write a name with letters (1–60 characters).</source>
            <translation>Please write a name with letters (1–60 characters).</translation>
        </message>
        <message>
            <source>There is already a staff user with that name.</source>
            <translation>There is already a staff user with that name.</translation>
        </message>
        <message>
            <source>The PIN must have 6 to 12 digits.</source>
            <translation>The PIN must have 6 to 12 digits.</translation>
        </message>
        <message>
            <source>The PIN can only have digits.</source>
            <translation>The PIN can only have digits.</translation>
        </message>
        <message>
            <source>That PIN is too easy to guess. Avoid 111111 and 123456.</source>
            <translation>That PIN is too easy to guess. Avoid 111111 and 123456.</translation>
        </message>
        <message>
            <source>The two PINs are not the same.</source>
            <translation>The two PINs are not the same.</translation>
        </message>
        <message>
            <source>That PIN cannot be used. Choose another.</source>
            <translation>That PIN cannot be used. Choose another.</translation>
        </message>
        <message>
            <source>The staff user could not be added. Please try again.</source>
            <translation>The staff user could not be added. Please try again.</translation>
        </message>
    </context>
    <context>
        <name>StaffTexts</name>
        <message>
            <source>Please give the activity a title (at most 120 characters).</source>
            <translation>Please give the activity a title (at most 120 characters).</translation>
        </message>
        <message>
            <source>Seats must be between 1 and 1000.</source>
            <translation>Seats must be between 1 and 1000.</translation>
        </message>
        <message>
            <source>The length must be between 5 minutes and 24 hours.</source>
            <translation>The length must be between 5 minutes and 24 hours.</translation>
        </message>
        <message>
            <source>The last date must come after the first, within a year.</source>
            <translation>The last date must come after the first, within a year.</translation>
        </message>
        <message>
            <source>Choose at least one weekday.</source>
            <translation>Choose at least one weekday.</translation>
        </message>
        <message>
            <source>The contact's phone: 8 digits, or + and a country code.</source>
            <translation>The contact's phone: 8 digits, or + and a country code.</translation>
        </message>
        <message>
            <source>Sign-up must close between 0 minutes and 7 days before.</source>
            <translation>Sign-up must close between 0 minutes and 7 days before.</translation>
        </message>
        <message>
            <source>It is no longer there. Another kiosk may have changed it.</source>
            <translation>It is no longer there. Another kiosk may have changed it.</translation>
        </message>
        <message>
            <source>That time has passed. Choose a time in the future.</source>
            <translation>That time has passed. Choose a time in the future.</translation>
        </message>
        <message>
            <source>There is no free seat. Add a seat or move someone to the waiting list first.</source>
            <translation>There is no free seat. Add a seat or move someone to the waiting list first.</translation>
        </message>
        <message>
            <source>This person already has a seat.</source>
            <translation>This person already has a seat.</translation>
        </message>
        <message>
            <source>This person is already on the waiting list.</source>
            <translation>This person is already on the waiting list.</translation>
        </message>
        <message>
            <source>Please check the settings: the site needs a name.</source>
            <translation>Please check the settings: the site needs a name.</translation>
        </message>
        <message>
            <source>This date is no longer there.</source>
            <translation>This date is no longer there.</translation>
        </message>
        <message>
            <source>This date is cancelled.</source>
            <translation>This date is cancelled.</translation>
        </message>
        <message>
            <source>Sign-up has closed.</source>
            <translation>Sign-up has closed.</translation>
        </message>
        <message>
            <source>It has already started.</source>
            <translation>It has already started.</translation>
        </message>
        <message>
            <source>This person is already signed up.</source>
            <translation>This person is already signed up.</translation>
        </message>
        <message>
            <source>At most three companions.</source>
            <translation>At most three companions.</translation>
        </message>
        <message>
            <source>This sign-up is already cancelled.</source>
            <translation>This sign-up is already cancelled.</translation>
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
        <name>Stepper</name>
        <message>
            <source>Less: %1</source>
            <translation>Less: %1</translation>
        </message>
        <message>
            <source>More: %1</source>
            <translation>More: %1</translation>
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