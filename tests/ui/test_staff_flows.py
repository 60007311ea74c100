def test_probe(services):
    for o in services.admin.upcoming(21):
        ps = services.admin.participants(o.occurrence_id)
        print(o.starts_at, o.title, o.seats_taken, o.capacity, o.waitlist_length, o.cancelled, o.sensitive, [(p.name, p.party_size, p.status.value) for p in ps][:3])
