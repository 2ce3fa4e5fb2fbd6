from segdesk.app import main

raise SystemExit(main())
