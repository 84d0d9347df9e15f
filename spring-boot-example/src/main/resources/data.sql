INSERT INTO customer VALUES (1, 'Ada Lovelace'), (2, 'Alan Turing');
INSERT INTO orders VALUES (10, 1, 1250), (11, 1, 4000), (12, 2, 990);
